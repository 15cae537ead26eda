package org.mentorplanner.bench.scale;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.mentorplanner.app.StoreModule;
import org.mentorplanner.app.SyncModule;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.recurrence.Frequency;
import org.mentorplanner.domain.recurrence.Recurrence;
import org.mentorplanner.domain.recurrence.RecurrenceEnd;
import org.mentorplanner.service.BackupService;
import org.mentorplanner.service.CalendarCollection;
import org.mentorplanner.service.CalendarResource;
import org.mentorplanner.service.CalendarServer;
import org.mentorplanner.service.CalendarSyncRequest;
import org.mentorplanner.service.CalendarSyncResult;
import org.mentorplanner.service.CalendarSyncService;
import org.mentorplanner.service.ConflictPolicy;
import org.mentorplanner.service.DuplicationPlan;
import org.mentorplanner.service.DuplicationRequest;
import org.mentorplanner.service.DuplicationResult;
import org.mentorplanner.service.DuplicationService;
import org.mentorplanner.service.ExportFormat;
import org.mentorplanner.service.ExportRequest;
import org.mentorplanner.service.ExportService;
import org.mentorplanner.service.PlannedCopy;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.SyncReport;
import org.mentorplanner.service.WorkProgress;
import org.mentorplanner.service.port.SessionQuery;
import org.mentorplanner.store.SqliteStorage;

/**
 * The scale benchmarks of issue 15 on two files written by {@link HistoryFile} with the same
 * shown weeks (for example 100,000 and 1,000,000 sessions): every operation runs on both files
 * in turn, round after round in one JVM, so both sides meet the same machine load; it prints the
 * median wall and CPU time (of this thread; SQLite works on it through JNI) of each side and
 * the ratio large/small. Then, on the large file only, the bulk duplicate of 2,080 copies
 * against the bare JDBC batch of the same rows, alternating; then file size, backup and VACUUM.
 *
 * <p>Usage: {@code ScaleBench SMALL LARGE [ROUNDS] [--today DATE] [--skip-bulk] [--skip-files]
 * [--only-bulk | --only-files | --only-team]} ({@code --only-team}: the team calendar's syncs alone).
 * The large file gets 40 sources for the bulk duplicate (Mondays 19:00, free in the history).
 */
public final class ScaleBench {

    static final String TEAM = "https://cal.example.org/team/";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One file under test with the services the operations use. */
    private static final class Side implements AutoCloseable {
        final Path file;
        final SqliteStorage storage;
        final Injector injector;

        Side(Path file, Clock clock) {
            this.file = file;
            this.storage = SqliteStorage.open(file);
            // The team calendar is a server that reports no change since the stored token (a no-change sync).
            CalendarServer unchanged = account -> new QuietCollection();
            this.injector = Guice.createInjector(Modules.override(new StoreModule(storage, clock), new SyncModule())
                    .with(binder -> binder.bind(CalendarServer.class).toInstance(unchanged)));
        }

        <T> T service(Class<T> type) {
            return injector.getInstance(type);
        }

        @Override
        public void close() {
            storage.close();
        }
    }

    /** Times of one operation on one side, in nanoseconds. */
    private static final class Times {
        final List<Long> wall = new ArrayList<>();
        final List<Long> cpu = new ArrayList<>();
        Object last;

        void add(long wallNanos, long cpuNanos) {
            wall.add(wallNanos);
            cpu.add(cpuNanos);
        }
    }

    @FunctionalInterface
    interface Operation {
        Object run(Side side) throws Exception;
    }

    /** Sessions edited before each timed sync of changes: published, open to everyone, in the shown week, the same in every file. */
    static final int EDITED = 10;

    public static void main(String[] args) throws Exception {
        System.setProperty("guice_bytecode_gen_option", "DISABLED");
        Path smallFile = Path.of(args[0]);
        Path largeFile = Path.of(args[1]);
        int rounds = 15;
        LocalDate today = LocalDate.now(Clock.systemDefaultZone());
        boolean bulk = true;
        boolean files = true;
        String only = null;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--today" -> today = LocalDate.parse(args[++i]);
                case "--skip-bulk" -> bulk = false;
                case "--skip-files" -> files = false;
                case "--only-bulk" -> only = "bulk";
                case "--only-files" -> only = "files";
                case "--only-team" -> only = "team";
                default -> rounds = Integer.parseInt(args[i]);
            }
        }
        LocalDate monday = HistoryFile.shownMonday(today);
        Clock clock = Clock.fixed(today.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Instant weekFrom = monday.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant weekTo = weekFrom.plus(Duration.ofDays(7));
        List<Long> tenMentors = new ArrayList<>();
        List<Long> allMentors = new ArrayList<>();
        for (int m = 1; m <= HistoryFile.MENTORS; m++) {
            allMentors.add((long) m + 1);
            if (m <= 10) {
                tenMentors.add((long) m + 1);
            }
        }
        Path scratch = Files.createTempDirectory("scale-bench");
        LocalDate yearFrom = monday.minusWeeks(26);
        LocalDate yearTo = monday.plusWeeks(26).minusDays(1);
        List<String> mentor = List.of(HistoryFile.mentorEmail(1));

        Map<String, Operation> operations = new LinkedHashMap<>();
        operations.put("week load, 10 mentors (findInRange)", side -> side.storage.transact(
                repos -> repos.sessions().findInRange(tenMentors, weekFrom, weekTo)).size());
        operations.put("week load, 200 mentors (findInRange)", side -> side.storage.transact(
                repos -> repos.sessions().findInRange(allMentors, weekFrom, weekTo)).size());
        operations.put("session list of the week (service: list + describe)", side -> {
            SessionService sessions = side.service(SessionService.class);
            return sessions.describe(sessions.list(SessionQuery.all().between(weekFrom, weekTo))).size();
        });
        operations.put("a mentor's year to ICS", side -> export(side, ExportFormat.ICS, scratch, mentor, yearFrom, yearTo));
        operations.put("a mentor's year to HTML", side -> export(side, ExportFormat.HTML, scratch, mentor, yearFrom, yearTo));
        LocalDate shownFrom = monday.minusWeeks(HistoryFile.SHOWN_WEEKS_AROUND);
        LocalDate shownTo = monday.plusWeeks(HistoryFile.SHOWN_WEEKS_AROUND + 1).minusDays(1);
        operations.put("a mentor's 5 shown weeks to ICS (same content)", side -> export(side, ExportFormat.ICS, scratch, mentor, shownFrom, shownTo));
        operations.put("a mentor's 5 shown weeks to HTML (same content)", side -> export(side, ExportFormat.HTML, scratch, mentor, shownFrom, shownTo));
        operations.put("team calendar, no-change sync", side -> {
            CalendarSyncResult result = side.service(CalendarSyncService.class)
                    .sync(new CalendarSyncRequest(TEAM, "", "secret", false, false), WorkProgress.none());
            if (result.created() + result.updated() + result.deleted() != 0) {
                throw new IllegalStateException("not a no-change sync: " + result.summary());
            }
            return result.unchanged();
        });
        // Untimed before each run of an operation, on the same side.
        Map<String, Operation> preparations = new HashMap<>();
        String changedSync = "team calendar, sync of " + EDITED + " edited sessions";
        preparations.put(changedSync, side -> editSessions(side, weekFrom, weekTo));
        operations.put(changedSync, side -> {
            CalendarSyncResult result = side.service(CalendarSyncService.class)
                    .sync(new CalendarSyncRequest(TEAM, "", "secret", false, false), WorkProgress.none());
            if (result.updated() != EDITED || result.created() + result.deleted() != 0 || !result.conflicts().isEmpty()) {
                throw new IllegalStateException("expected " + EDITED + " updates: " + result.summary());
            }
            return result.updated() + " updated, " + result.unchanged() + " unchanged";
        });

        try (Side small = new Side(smallFile, clock); Side large = new Side(largeFile, clock)) {
            System.out.printf("small: %s (%,d bytes), large: %s (%,d bytes); shown week %s; %d rounds after 2 warm-up rounds%n",
                    smallFile, Files.size(smallFile), largeFile, Files.size(largeFile), monday, rounds);
            Map<String, Times[]> results = new LinkedHashMap<>();
            operations.keySet().forEach(name -> results.put(name, new Times[] {new Times(), new Times()}));
            if (only != null) {
                boolean team = only.equals("team");
                operations.keySet().removeIf(name -> !team || !name.startsWith("team calendar"));
                bulk &= only.equals("bulk");
                files &= only.equals("files");
            }
            for (int round = -2; round < rounds && !operations.isEmpty(); round++) {
                for (Map.Entry<String, Operation> operation : operations.entrySet()) {
                    Times[] times = results.get(operation.getKey());
                    boolean smallFirst = round % 2 == 0;
                    for (int turn = 0; turn < 2; turn++) {
                        int index = smallFirst == (turn == 0) ? 0 : 1;
                        Side side = index == 0 ? small : large;
                        Operation preparation = preparations.get(operation.getKey());
                        if (preparation != null) {
                            preparation.run(side);
                        }
                        long cpu = THREADS.getCurrentThreadCpuTime();
                        long wall = System.nanoTime();
                        Object result = operation.getValue().run(side);
                        long wallSpent = System.nanoTime() - wall;
                        long cpuSpent = THREADS.getCurrentThreadCpuTime() - cpu;
                        if (round >= 0) {
                            times[index].add(wallSpent, cpuSpent);
                        }
                        times[index].last = result;
                    }
                }
            }
            System.out.printf("%n| operation | small: wall / CPU, ms | large: wall / CPU, ms | ratio wall / CPU | result (small / large) |%n");
            System.out.printf("|---|---:|---:|---:|---|%n");
            for (Map.Entry<String, Times[]> entry : results.entrySet()) {
                if (!operations.containsKey(entry.getKey())) {
                    continue;
                }
                Times s = entry.getValue()[0];
                Times l = entry.getValue()[1];
                System.out.printf("| %s | %s / %s | %s / %s | %.2f / %.2f | %s / %s |%n", entry.getKey(),
                        ms(median(s.wall)), ms(median(s.cpu)), ms(median(l.wall)), ms(median(l.cpu)),
                        (double) median(l.wall) / median(s.wall), (double) median(l.cpu) / median(s.cpu), s.last, l.last);
            }
            if (bulk) {
                bulkDuplicate(large, monday, rounds);
            }
        }
        if (files) {
            for (Path file : List.of(smallFile, largeFile)) {
                fileCosts(file, scratch, clock);
            }
        }
        delete(scratch);
    }

    private static Object export(Side side, ExportFormat format, Path scratch, List<String> mentors, LocalDate from, LocalDate to)
            throws IOException {
        Path folder = Files.createTempDirectory(scratch, "export");
        try {
            return side.service(ExportService.class)
                       .export(new ExportRequest(format, folder, ExportRequest.EVERYONE, mentors, from, to, false), WorkProgress.none())
                       .sessions() + " sessions";
        } finally {
            delete(folder);
        }
    }

    /** Changes the title of {@link #EDITED} published sessions open to everyone in the shown week, through the service. */
    private static Object editSessions(Side side, Instant weekFrom, Instant weekTo) {
        SessionService sessions = side.service(SessionService.class);
        List<MentorshipSession> open = sessions.list(SessionQuery.all().between(weekFrom, weekTo)).stream()
                .filter(s -> s.isPublished() && s.details().groupIds().isEmpty()).limit(EDITED).toList();
        if (open.size() != EDITED) {
            throw new IllegalStateException("expected " + EDITED + " open published sessions in the shown week, found " + open.size());
        }
        for (MentorshipSession session : open) {
            SessionDetails d = session.details();
            String title = d.title().endsWith(" (edited)") ? d.title().substring(0, d.title().length() - 9) : d.title() + " (edited)";
            sessions.update(Actor.owner(), session.id(), new SessionDetails(d.mentorId(), d.menteeId(), d.locationId(), d.localStart(),
                    d.duration(), d.method(), d.meetingUrl(), d.place(), d.groupIds(), title, d.notes()));
        }
        return open.size();
    }

    /**
     * 40 sources (mentors 1 to 40, Monday 19:00 at their office, three weeks after the shown
     * week), copied weekly 52 times: 2,080 copies with conflict checks against the history, in
     * one transaction, undone after each run; against the same rows written by a bare JDBC batch
     * (one statement, batched) and by plain multi-row INSERTs of 50 rows (as the app's own insert
     * writes them, ADR 43), on a second connection to the same file and deleted after each write.
     */
    private static void bulkDuplicate(Side large, LocalDate monday, int rounds) throws SQLException {
        SessionService sessions = large.service(SessionService.class);
        DuplicationService duplication = large.service(DuplicationService.class);
        LocalDate day = monday.plusWeeks(HistoryFile.SHOWN_WEEKS_AROUND + 1);
        List<Long> sources = new ArrayList<>(sessions.list(SessionQuery.all().withMentors(Set.of(2L))
                .between(day.atStartOfDay(ZoneOffset.UTC).toInstant().minus(Duration.ofDays(1)),
                        day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofDays(1))))
                .stream().filter(s -> s.details().title().equals("Scale source")).map(MentorshipSession::id).toList());
        if (sources.isEmpty()) {
            for (int m = 1; m <= 40; m++) {
                int office = m % HistoryFile.OFFICES.length;
                boolean online = HistoryFile.OFFICES[office][2].equals("ONLINE");
                SessionDetails details = new SessionDetails((long) m + 1, null, (long) office + 1, LocalDateTime.of(day, LocalTime.of(19, 0)),
                        Duration.ofMinutes(45), online ? EnrollmentMethod.ONLINE : EnrollmentMethod.IN_PERSON,
                        online ? "https://meet.example.org/scale" : null, online ? null : "Room 9", Set.of(), "Scale source", "");
                sources.add(sessions.create(Actor.owner(), details, false).session().id());
            }
        } else {
            // the other 39 sources were made with the first one, in mentor order
            List<Long> all = new ArrayList<>();
            for (long id = sources.getFirst(); all.size() < 40; id++) {
                all.add(id);
            }
            sources = all;
        }
        DuplicationRequest request = DuplicationRequest.of(sources, new Recurrence(Frequency.weekly(), RecurrenceEnd.count(52)))
                                                       .onConflict(ConflictPolicy.SKIP);
        DuplicationPlan plan = duplication.plan(Actor.owner(), request);
        List<Object[]> rows = new ArrayList<>();
        long stamp = Instant.parse("2026-11-25T12:00:00Z").toEpochMilli();
        for (PlannedCopy copy : plan.toCreate()) {
            rows.add(new Object[] {copy.mentorId(), null, (copy.mentorId() - 1) % HistoryFile.OFFICES.length + 1, copy.zone().getId(), copy.start().toLocalDateTime().toString(),
                    45, copy.start().toInstant().toEpochMilli(), copy.end().toInstant().toEpochMilli(), "IN_PERSON", null,
                    "Room 9", "Scale source", "", "DRAFT", "series", null, 0, stamp, stamp});
        }
        if (rows.size() != 2_080) {
            throw new IllegalStateException("expected 2,080 copies planned, got " + rows.size());
        }
        Times engine = new Times();
        Times bare = new Times();
        Times multiRow = new Times();
        try (Connection jdbc = DriverManager.getConnection("jdbc:sqlite:" + large.file)) {
            try (Statement pragmas = jdbc.createStatement()) {
                pragmas.execute("PRAGMA busy_timeout=10000");
                pragmas.execute("PRAGMA synchronous=NORMAL");
                pragmas.execute("PRAGMA foreign_keys=ON");
            }
            jdbc.setAutoCommit(false);
            for (int round = -3; round < rounds * 2; round++) {
                long cpu = THREADS.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                DuplicationResult result = duplication.run(Actor.owner(), request);
                long wallSpent = System.nanoTime() - wall;
                long cpuSpent = THREADS.getCurrentThreadCpuTime() - cpu;
                if (result.created().size() != 2_080) {
                    throw new IllegalStateException("expected 2,080 copies, made " + result.created().size());
                }
                duplication.undo(Actor.owner(), result);

                long[] oneRow = bareWrite(jdbc, rows, 1);
                long[] fifty = bareWrite(jdbc, rows, MULTI_ROW);
                if (round >= 0) {
                    engine.add(wallSpent, cpuSpent);
                    bare.add(oneRow[0], oneRow[1]);
                    multiRow.add(fifty[0], fifty[1]);
                }
            }
        }
        System.out.printf("%nbulk duplicate of 2,080 copies into %s, %d alternating runs each (median):%n", large.file, engine.wall.size());
        System.out.printf("| side | wall, ms | CPU, ms |%n|---|---:|---:|%n");
        System.out.printf("| bare JDBC batch of the same rows | %s | %s |%n", ms(median(bare.wall)), ms(median(bare.cpu)));
        System.out.printf("| bare JDBC, %d rows per INSERT statement | %s | %s |%n", MULTI_ROW, ms(median(multiRow.wall)), ms(median(multiRow.cpu)));
        System.out.printf("| DuplicationService.run (plan, conflict checks, write) | %s | %s |%n", ms(median(engine.wall)), ms(median(engine.cpu)));
        System.out.printf("| ratio to the bare batch | %.2f | %.2f |%n", (double) median(engine.wall) / median(bare.wall),
                (double) median(engine.cpu) / median(bare.cpu));
        System.out.printf("| ratio to %d rows per statement | %.2f | %.2f |%n", MULTI_ROW, (double) median(engine.wall) / median(multiRow.wall),
                (double) median(engine.cpu) / median(multiRow.cpu));
    }

    /** Rows per INSERT of the second bare side: as many as the app's own batch insert writes at once. */
    private static final int MULTI_ROW = 50;

    private static final String SESSION_COLUMNS = "INSERT INTO mentorship_session (mentor_id, mentee_id, location_id, zone_id, local_start,"
            + " duration_minutes, start_utc, end_utc, method, meeting_url, place, title, notes, status, series_id, booking_token,"
            + " revision, created_at, updated_at) VALUES ";

    /**
     * Writes {@code rows} by plain JDBC in one transaction, {@code perStatement} rows to an INSERT
     * (1: one statement, batched, as a plain JDBC program writes), deletes them again, and returns the write's wall and CPU
     * nanoseconds.
     */
    private static long[] bareWrite(Connection jdbc, List<Object[]> rows, int perStatement) throws SQLException {
        long before;
        try (var max = jdbc.createStatement().executeQuery("SELECT max(id) FROM mentorship_session")) {
            max.next();
            before = max.getLong(1);
        }
        jdbc.commit();
        String values = "(" + String.join(", ", Collections.nCopies(rows.getFirst().length, "?")) + ")";
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        if (perStatement == 1) {
            try (PreparedStatement insert = jdbc.prepareStatement(SESSION_COLUMNS + values)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        insert.setObject(i + 1, row[i]);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } else {
            for (int from = 0; from < rows.size(); from += perStatement) {
                List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
                try (PreparedStatement insert = jdbc.prepareStatement(SESSION_COLUMNS + String.join(", ", Collections.nCopies(chunk.size(), values)))) {
                    int index = 1;
                    for (Object[] row : chunk) {
                        for (Object value : row) {
                            insert.setObject(index++, value);
                        }
                    }
                    insert.executeUpdate();
                }
            }
        }
        jdbc.commit();
        long spent = System.nanoTime() - wall;
        long spentCpu = THREADS.getCurrentThreadCpuTime() - cpu;
        try (PreparedStatement delete = jdbc.prepareStatement("DELETE FROM mentorship_session WHERE id > ?")) {
            delete.setLong(1, before);
            delete.executeUpdate();
        }
        jdbc.commit();
        return new long[] {spent, spentCpu};
    }

    /** Size on disk, a backup through the app's BackupService, VACUUM of a copy. */
    private static void fileCosts(Path file, Path scratch, Clock clock) throws Exception {
        long size = Files.size(file);
        Path copy = scratch.resolve("vacuum.db");
        Path backup = scratch.resolve("backup.db");
        long backupMs;
        try (Side side = new Side(file, clock)) {
            long wall = System.nanoTime();
            side.service(BackupService.class).backUp(Optional.of(backup));
            backupMs = (System.nanoTime() - wall) / 1_000_000;
        }
        Files.copy(backup, copy);
        long vacuumMs;
        try (Connection jdbc = DriverManager.getConnection("jdbc:sqlite:" + copy); Statement vacuum = jdbc.createStatement()) {
            long wall = System.nanoTime();
            vacuum.execute("VACUUM");
            vacuumMs = (System.nanoTime() - wall) / 1_000_000;
        }
        System.out.printf("%n%s: %,d bytes on disk (backup copy %,d bytes, vacuumed %,d bytes); backup %,d ms; VACUUM %,d ms%n",
                file, size, Files.size(backup), Files.size(copy), backupMs, vacuumMs);
        Files.delete(copy);
        Files.delete(backup);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String ms(long nanos) {
        return nanos < 10_000_000 ? String.format("%.2f", nanos / 1e6) : String.format("%.0f", nanos / 1e6);
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /**
     * A team calendar on which nothing changed since the stored sync token (others' changes); it
     * takes our updates, each answered with a new ETag.
     */
    private static final class QuietCollection implements CalendarCollection {

        private int etags;

        @Override
        public void verify() {
        }

        @Override
        public Map<String, String> list() {
            throw new IllegalStateException("a no-change sync does not list the collection");
        }

        @Override
        public String hrefOf(String fileName) {
            return "/team/" + fileName;
        }

        @Override
        public String create(String href, String calendarObject) {
            throw new IllegalStateException("no-change sync created " + href);
        }

        @Override
        public String update(String href, String etag, String calendarObject) {
            return "\"bench-" + ++etags + "\"";
        }

        @Override
        public boolean delete(String href, String etag) {
            throw new IllegalStateException("no-change sync deleted " + href);
        }

        @Override
        public Optional<String> get(String href) {
            return Optional.empty();
        }

        @Override
        public String etagOf(String href) {
            return null;
        }

        @Override
        public Optional<SyncReport> changesSince(String syncToken) {
            return Optional.of(new SyncReport(syncToken == null ? "token-1" : syncToken, Map.of(), Set.of()));
        }

        @Override
        public List<CalendarResource> multiget(Collection<String> hrefs) {
            return List.of();
        }
    }
}

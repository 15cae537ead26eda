package org.mentorplanner.bench;

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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.busy.BusySourceKind;
import org.mentorplanner.domain.recurrence.Frequency;
import org.mentorplanner.domain.recurrence.Recurrence;
import org.mentorplanner.domain.recurrence.RecurrenceEnd;
import org.mentorplanner.service.BusyService;
import org.mentorplanner.service.ConflictPolicy;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.DuplicationPlan;
import org.mentorplanner.service.DuplicationRequest;
import org.mentorplanner.service.DuplicationResult;
import org.mentorplanner.service.DuplicationService;
import org.mentorplanner.service.PlannedCopy;
import org.mentorplanner.service.SessionService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 4's speed goals. A coordinator bulk duplicates 40 mentors' Monday 10:00 blocks weekly
 * for 52 weeks: 2,080 copies, each checked for conflicts against the mentors' 2,120 other
 * sessions (a weekly 14:00 block each), committed in one transaction. The baseline writes the
 * same 2,080 rows (the same 19 columns) with a bare JDBC batch on the same kind of file. Goal: the run within 1.5x of
 * the baseline; its preview under 50 ms.
 *
 * <p>Every measured write starts from the same seeded file: the rows of the previous write are
 * deleted before it, outside the measurement.
 */
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BulkDuplicateBenchmark {

    static final int MENTORS = 40;
    static final int WEEKS = 52;

    /** A migrated file with 40 mentors, their Monday 10:00 sources and a weekly 14:00 block each. */
    @State(Scope.Benchmark)
    public static class Seeded {
        Path folder;
        GuiceWorkspace workspace;
        DuplicationService duplication;
        DuplicationRequest request;
        long locationId;
        /** CPU time of the benchmark thread per measured call (the machine is shared: wall time swings). */
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private long cpuAtStart;
        private long cpuNanos;
        private int calls;

        void startCpuClock() {
            cpuAtStart = threads.getCurrentThreadCpuTime();
        }

        @TearDown(Level.Invocation)
        public void stopCpuClock() {
            cpuNanos += threads.getCurrentThreadCpuTime() - cpuAtStart;
            calls++;
        }

        @TearDown(Level.Iteration)
        public void printCpuTime() {
            if (calls > 0) {
                System.out.printf("%n    CPU time per call: %.2f ms over %d calls%n", cpuNanos / 1e6 / calls, calls);
            }
            cpuNanos = 0;
            calls = 0;
        }

        void seed() throws IOException {
            folder = Files.createTempDirectory("bulk-duplicate-bench");
            workspace = GuiceWorkspace.open(folder.resolve("planner.db"), Clock.systemDefaultZone());
            DirectoryService directory = workspace.service(DirectoryService.class);
            SessionService sessions = workspace.service(SessionService.class);
            duplication = workspace.service(DuplicationService.class);
            Location office = directory.saveLocation(new DirectoryService.LocationInput("New York office", "America/New_York", "in-person"));
            locationId = office.id();
            List<Long> sources = new ArrayList<>();
            List<Long> blocks = new ArrayList<>();
            for (int i = 0; i < MENTORS; i++) {
                Person mentor = directory.savePerson(new DirectoryService.PersonInput(
                        "mentor" + i + "@example.org", "Mentor " + i, Set.of(Role.MENTOR), Set.of()));
                sources.add(sessions.create(Actor.owner(), details(mentor, office, "2027-01-04T10:00"), false).session().id());
                blocks.add(sessions.create(Actor.owner(), details(mentor, office, "2027-01-04T14:00"), false).session().id());
            }
            Recurrence weekly = new Recurrence(Frequency.weekly(), RecurrenceEnd.count(WEEKS));
            duplication.run(Actor.owner(), DuplicationRequest.of(blocks, weekly));
            request = DuplicationRequest.of(sources, weekly).onConflict(ConflictPolicy.SKIP);
        }

        private static SessionDetails details(Person mentor, Location office, String start) {
            return new SessionDetails(mentor.id(), null, office.id(), LocalDateTime.parse(start), Duration.ofMinutes(45),
                    EnrollmentMethod.IN_PERSON, null, "Room 4", Set.of(), "Office hours", "");
        }

        void dispose() throws IOException {
            if (workspace != null) {
                workspace.close();
                workspace = null;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** Seeded once: the preview only reads. */
    @State(Scope.Benchmark)
    public static class ForPreview extends Seeded {
        @Setup(Level.Trial)
        public void setUp() throws IOException {
            seed();
        }

        @Setup(Level.Invocation)
        public void startClock() {
            startCpuClock();
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            dispose();
        }
    }

    /**
     * For the engine: seeded once; before every measured run the previous run is undone through
     * the same workspace (outside the measurement), so every run starts from the same sessions
     * with a warm connection and makes all 2,080 copies.
     */
    @State(Scope.Benchmark)
    public static class ForRun extends Seeded {
        DuplicationResult last;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            seed();
        }

        @Setup(Level.Invocation)
        public void undoLastRun() {
            if (last != null) {
                duplication.undo(Actor.owner(), last);
                last = null;
            }
            startCpuClock();
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            dispose();
        }
    }

    /**
     * As {@link ForRun}, and every mentor also has a busy source (an .ics file read into its
     * local copy): a daily 08:00 stand-up and a Monday, Wednesday and Friday 12:00 meeting in
     * New York, open-ended, about 16,000 busy intervals in the run's year. None overlaps the
     * Monday 10:00 copies, so the run still makes all 2,080 and writes the same rows as the
     * baseline; what it adds is loading and checking the busy time (issue 12).
     */
    @State(Scope.Benchmark)
    public static class ForRunWithBusy extends Seeded {
        DuplicationResult last;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            seed();
            BusyService busy = workspace.service(BusyService.class);
            for (int i = 0; i < MENTORS; i++) {
                Path file = folder.resolve("mentor" + i + ".ics");
                Files.writeString(file, """
                        BEGIN:VCALENDAR
                        VERSION:2.0
                        PRODID:-//bench//EN
                        BEGIN:VEVENT
                        UID:standup-%1$d
                        DTSTAMP:20260101T000000Z
                        DTSTART;TZID=America/New_York:20260105T080000
                        DTEND;TZID=America/New_York:20260105T090000
                        RRULE:FREQ=DAILY
                        SUMMARY:Stand-up
                        END:VEVENT
                        BEGIN:VEVENT
                        UID:meeting-%1$d
                        DTSTAMP:20260101T000000Z
                        DTSTART;TZID=America/New_York:20260105T120000
                        DTEND;TZID=America/New_York:20260105T130000
                        RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR
                        SUMMARY:Team meeting
                        END:VEVENT
                        END:VCALENDAR
                        """.formatted(i));
                var source = busy.add(Actor.owner(), "mentor" + i + "@example.org",
                        BusySourceKind.ICS_FILE, file.toString(), "");
                if (busy.refresh(source.id(), "").failed()) {
                    throw new IllegalStateException("busy source of mentor " + i + " not read");
                }
            }
            DuplicationPlan plan = duplication.plan(Actor.owner(), request);
            long made = plan.copies().stream().filter(PlannedCopy::created).count();
            if (made != (long) MENTORS * WEEKS) {
                throw new IllegalStateException("expected every copy made, got " + made);
            }
        }

        @Setup(Level.Invocation)
        public void undoLastRun() {
            if (last != null) {
                duplication.undo(Actor.owner(), last);
                last = null;
            }
            startCpuClock();
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            dispose();
        }
    }

    /**
     * For the baseline: the engine's 2,080 rows worked out in advance and written through one
     * bare JDBC connection, which also deletes them again before the next write.
     */
    @State(Scope.Benchmark)
    public static class ForJdbc extends Seeded {
        Connection jdbc;
        long lastSeededId;
        List<Object[]> rows;

        @Setup(Level.Trial)
        public void setUp() throws IOException, SQLException {
            seed();
            DuplicationPlan plan = duplication.plan(Actor.owner(), request);
            // The rows' created/updated stamps: any fixed moment does for the bare JDBC batch.
            Instant now = Instant.parse("2026-11-25T12:00:00Z");
            rows = new ArrayList<>();
            for (PlannedCopy copy : plan.toCreate()) {
                rows.add(new Object[] {copy.mentorId(), null, locationId, copy.zone().getId(), copy.start().toLocalDateTime().toString(),
                        45, copy.start().toInstant().toEpochMilli(), copy.end().toInstant().toEpochMilli(), "IN_PERSON", null,
                        "Room 4", "Office hours", "", "DRAFT", "series", null, 0, now.toEpochMilli(), now.toEpochMilli()});
            }
            workspace.close();
            workspace = null;
            jdbc = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("planner.db"));
            try (Statement pragmas = jdbc.createStatement()) {
                pragmas.execute("PRAGMA journal_mode=WAL");
                pragmas.execute("PRAGMA synchronous=NORMAL");
                pragmas.execute("PRAGMA foreign_keys=ON");
                try (var max = pragmas.executeQuery("SELECT max(id) FROM mentorship_session")) {
                    max.next();
                    lastSeededId = max.getLong(1);
                }
            }
            jdbc.setAutoCommit(false);
        }

        @Setup(Level.Invocation)
        public void deleteLastWrite() throws SQLException {
            try (PreparedStatement delete = jdbc.prepareStatement("DELETE FROM mentorship_session WHERE id > ?")) {
                delete.setLong(1, lastSeededId);
                delete.executeUpdate();
            }
            jdbc.commit();
            startCpuClock();
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException, SQLException {
            jdbc.close();
            dispose();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 4, time = 3)
    @Measurement(iterations = 5, time = 3)
    public DuplicationResult bulkDuplicate2080CopiesCommitted(ForRun state) {
        DuplicationResult result = state.duplication.run(Actor.owner(), state.request);
        state.last = result;
        if (result.created().size() != MENTORS * WEEKS) {
            throw new IllegalStateException("expected " + MENTORS * WEEKS + " copies, made " + result.created().size());
        }
        return result;
    }

    /** The same run with every mentor's busy time from their own calendar checked too (issue 12; goal: within 1.5x of the bare batch). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 4, time = 3)
    @Measurement(iterations = 5, time = 3)
    public DuplicationResult bulkDuplicate2080CopiesWithBusyChecks(ForRunWithBusy state) {
        DuplicationResult result = state.duplication.run(Actor.owner(), state.request);
        state.last = result;
        return result;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 4, time = 3)
    @Measurement(iterations = 5, time = 3)
    public int bareJdbcBatchInsertOfTheSameRows(ForJdbc state) throws SQLException {
        try (PreparedStatement insert = state.jdbc.prepareStatement(
                "INSERT INTO mentorship_session (mentor_id, mentee_id, location_id, zone_id, local_start, duration_minutes,"
                + " start_utc, end_utc, method, meeting_url, place, title, notes, status, series_id, booking_token, revision,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Object[] row : state.rows) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
            }
            int written = insert.executeBatch().length;
            state.jdbc.commit();
            return written;
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public DuplicationPlan previewOf2080Copies(ForPreview state) {
        return state.duplication.plan(Actor.owner(), state.request);
    }
}

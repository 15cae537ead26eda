package org.mentorplanner.bench.scale;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.mentorplanner.store.SqliteStorage;

/**
 * Writes a programme's history for the scale benchmarks (issue 15): 200 mentors in five offices,
 * 1,000 mentees in five groups, and {@code SESSIONS} sessions over five years (4.5 years back and
 * half a year ahead of {@code TODAY}'s week). The file is migrated by the app
 * ({@link SqliteStorage#open}); the rows are plain batched inserts in one transaction, since a
 * million rows through the services would take an hour.
 *
 * <p>The <em>shown weeks</em> (the week of {@code TODAY} and two on each side, the weeks the
 * window loads first) hold the same content in every file, so that files of different sizes can
 * be compared on the same query: {@code sparse} 45 blocks (mentors 1 to 9, one a weekday each),
 * {@code dense} 3,841 blocks of all 200 mentors. Every other week holds the history, spread
 * evenly over the mentors' weekdays. A third of the sessions are booked, 5% cancelled, future
 * ones partly drafts, a tenth restricted to a group, half in yearly series.
 *
 * <p>{@code --team-calendar URL} also writes the team calendar's bookkeeping as if every
 * published session open to the whole organisation had been pushed there by a sync that
 * finished (its token, and from schema version 5 on its change mark: ADR 0043), so that the
 * next sync is a no-change sync.
 *
 * <p>Usage: {@code HistoryFile FILE SESSIONS [sparse|dense] [--today DATE] [--team-calendar URL]}
 * (FILE must not exist yet).
 */
public final class HistoryFile {

    static final int MENTORS = 200;
    static final int MENTEES = 1_000;
    static final int GROUPS = 5;
    static final int SPARSE_BLOCKS_PER_WEEK = 45;
    static final int DENSE_BLOCKS_PER_WEEK = 3_841;
    /** Weeks on each side of today's that hold the shown content. */
    static final int SHOWN_WEEKS_AROUND = 2;
    static final String[][] OFFICES = {
            {"Berlin office", "Europe/Berlin", "IN_PERSON"},
            {"New York office", "America/New_York", "IN_PERSON"},
            {"Kolkata office", "Asia/Kolkata", "IN_PERSON"},
            {"Sydney office", "Australia/Sydney", "IN_PERSON"},
            {"Online room", "Europe/London", "ONLINE"},
    };

    private static final String INSERT_SESSION = "insert into mentorship_session (id, mentor_id, mentee_id, location_id,"
            + " zone_id, local_start, duration_minutes, start_utc, end_utc, method, meeting_url, place, title, notes,"
            + " status, series_id, booking_token, revision, created_at, updated_at, uid)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int BATCH = 10_000;

    private final Connection connection;
    private final LocalDate firstMonday;
    private final LocalDate shownMonday;
    private final Instant now;
    private final String teamCalendar;
    private long nextId = 1;
    private PreparedStatement sessions;
    private PreparedStatement groups;
    private PreparedStatement pushes;
    private int pending;

    private HistoryFile(Connection connection, LocalDate today, String teamCalendar) {
        this.connection = connection;
        this.shownMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        this.firstMonday = shownMonday.minusWeeks(234); // 4.5 years back, 26 weeks ahead: 261 weeks
        this.now = today.atTime(12, 0).toInstant(ZoneOffset.UTC);
        this.teamCalendar = teamCalendar;
    }

    /** The Monday of the week the window opens on when the clock says {@code today}. */
    static LocalDate shownMonday(LocalDate today) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The mentor's email: mentor-001@example.org to mentor-200@example.org. */
    static String mentorEmail(int mentor) {
        return String.format("mentor-%03d@example.org", mentor);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: HistoryFile FILE SESSIONS [sparse|dense] [--today DATE] [--team-calendar URL]");
            System.exit(2);
        }
        System.setProperty("guice_bytecode_gen_option", "DISABLED");
        Path file = Path.of(args[0]);
        int total = Integer.parseInt(args[1].replace("_", ""));
        boolean dense = false;
        // The window under measurement opens on the computer's today, so the file is built around it.
        LocalDate today = LocalDate.now(Clock.systemDefaultZone());
        String teamCalendar = null;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "sparse" -> dense = false;
                case "dense" -> dense = true;
                case "--today" -> today = LocalDate.parse(args[++i]);
                case "--team-calendar" -> teamCalendar = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (Files.exists(file)) {
            System.err.println(file + " exists already; give a new file");
            System.exit(2);
        }
        long started = System.nanoTime();
        try (SqliteStorage storage = SqliteStorage.open(file)) {
            storage.transactVoid(repos -> { }); // migrated by the app's Flyway migrations
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement pragmas = connection.createStatement()) {
                pragmas.execute("pragma synchronous = off");
                pragmas.execute("pragma foreign_keys = on");
            }
            connection.setAutoCommit(false);
            HistoryFile history = new HistoryFile(connection, today, teamCalendar);
            history.directory();
            int shown = (dense ? DENSE_BLOCKS_PER_WEEK : SPARSE_BLOCKS_PER_WEEK) * (2 * SHOWN_WEEKS_AROUND + 1);
            history.write(total - shown, dense);
            connection.commit();
            try (Statement analyse = connection.createStatement()) {
                analyse.execute("analyze");
            }
            connection.commit();
        }
        System.out.printf("%s: %,d sessions (%s shown weeks around %s) in %.1f s, %,d bytes%n", file, total,
                dense ? "dense" : "sparse", shownMonday(today), (System.nanoTime() - started) / 1e9, Files.size(file));
    }

    private void directory() throws SQLException {
        try (PreparedStatement location = connection.prepareStatement("insert into location (id, name, zone_id, kind) values (?, ?, ?, ?)")) {
            for (int i = 0; i < OFFICES.length; i++) {
                location.setInt(1, i + 1);
                location.setString(2, OFFICES[i][0]);
                location.setString(3, OFFICES[i][1]);
                location.setString(4, OFFICES[i][2]);
                location.addBatch();
            }
            location.executeBatch();
        }
        try (PreparedStatement group = connection.prepareStatement("insert into member_group (id, name) values (?, ?)")) {
            for (int g = 1; g <= GROUPS; g++) {
                group.setInt(1, g);
                group.setString(2, "Cohort " + g);
                group.addBatch();
            }
            group.executeBatch();
        }
        try (PreparedStatement person = connection.prepareStatement(
                "insert into person (id, email, name, is_mentor, is_mentee, is_coordinator) values (?, ?, ?, ?, ?, ?)");
             PreparedStatement member = connection.prepareStatement("insert into group_membership (group_id, person_id) values (?, ?)")) {
            person.setInt(1, 1);
            person.setString(2, "coordinator@example.org");
            person.setString(3, "Programme Coordinator");
            person.setInt(4, 0);
            person.setInt(5, 0);
            person.setInt(6, 1);
            person.addBatch();
            for (int m = 1; m <= MENTORS; m++) {
                person.setInt(1, mentorId(m));
                person.setString(2, mentorEmail(m));
                person.setString(3, "Mentor " + m);
                person.setInt(4, 1);
                person.setInt(5, 0);
                person.setInt(6, 0);
                person.addBatch();
            }
            for (int e = 1; e <= MENTEES; e++) {
                person.setInt(1, menteeId(e));
                person.setString(2, String.format("mentee-%04d@example.org", e));
                person.setString(3, "Mentee " + e);
                person.setInt(4, 0);
                person.setInt(5, 1);
                person.setInt(6, 0);
                person.addBatch();
                member.setInt(1, e % GROUPS + 1);
                member.setInt(2, menteeId(e));
                member.addBatch();
            }
            person.executeBatch();
            member.executeBatch();
        }
    }

    private static int mentorId(int mentor) {
        return 1 + mentor;
    }

    private static int menteeId(int mentee) {
        return 1 + MENTORS + mentee;
    }

    private void write(int historyTotal, boolean dense) throws SQLException {
        sessions = connection.prepareStatement(INSERT_SESSION);
        groups = connection.prepareStatement("insert into session_group (session_id, group_id) values (?, ?)");
        if (teamCalendar != null) {
            pushes = connection.prepareStatement("insert into calendar_push (collection_url, href, session_id,"
                    + " session_created_at, etag, pushed_revision, pushed_at) values (?, ?, ?, ?, ?, ?, ?)");
        }
        List<LocalDate> historyDays = new ArrayList<>();
        List<LocalDate> shownDays = new ArrayList<>();
        LocalDate firstShown = shownMonday.minusWeeks(SHOWN_WEEKS_AROUND);
        LocalDate afterShown = shownMonday.plusWeeks(SHOWN_WEEKS_AROUND + 1);
        for (LocalDate day = firstMonday; day.isBefore(firstMonday.plusWeeks(261)); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            (day.isBefore(firstShown) || !day.isBefore(afterShown) ? historyDays : shownDays).add(day);
        }
        // History: each mentor's share spread evenly over the weekdays, up to five a day.
        for (int m = 1; m <= MENTORS; m++) {
            int count = historyTotal / MENTORS + (m <= historyTotal % MENTORS ? 1 : 0);
            long previousDay = -1;
            int slot = 0;
            for (int k = 0; k < count; k++) {
                long dayIndex = (long) k * historyDays.size() / count;
                slot = dayIndex == previousDay ? slot + 1 : 0;
                previousDay = dayIndex;
                session(m, historyDays.get((int) dayIndex), slot);
            }
        }
        // The shown weeks: the same blocks in every file.
        for (int week = 0; week < shownDays.size() / 5; week++) {
            List<LocalDate> days = shownDays.subList(week * 5, week * 5 + 5);
            if (dense) {
                for (int m = 1; m <= MENTORS; m++) {
                    int count = DENSE_BLOCKS_PER_WEEK / MENTORS + (m <= DENSE_BLOCKS_PER_WEEK % MENTORS ? 1 : 0);
                    for (int k = 0; k < count; k++) {
                        session(m, days.get(k % 5), k / 5);
                    }
                }
            } else {
                for (int b = 0; b < SPARSE_BLOCKS_PER_WEEK; b++) {
                    session(b / 5 + 1, days.get(b % 5), 0);
                }
            }
        }
        flush();
        if (teamCalendar != null) {
            try (PreparedStatement state = connection.prepareStatement(
                    "insert into calendar_sync_state (collection_url, sync_token, synced_at) values (?, ?, ?)")) {
                state.setString(1, teamCalendar);
                state.setString(2, "token-1");
                state.setLong(3, now.toEpochMilli());
                state.executeUpdate();
            }
            if (hasTable("calendar_push_state")) {
                try (PreparedStatement mark = connection.prepareStatement("insert into calendar_push_state (collection_url,"
                        + " change_mark) values (?, (select ifnull(max(seq), 0) from session_change))"
                        + " on conflict (collection_url) do update set change_mark = excluded.change_mark")) {
                    mark.setString(1, teamCalendar);
                    mark.executeUpdate();
                }
            }
        }
        sessions.close();
        groups.close();
        if (pushes != null) {
            pushes.close();
        }
    }

    private boolean hasTable(String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select count(*) from sqlite_master where type = 'table' and name = ?")) {
            query.setString(1, name);
            try (var rows = query.executeQuery()) {
                return rows.next() && rows.getInt(1) > 0;
            }
        }
    }

    /** One session of mentor {@code m} on {@code day}, the {@code slot}-th of that day (two hours apart from 8:00). */
    private void session(int m, LocalDate day, int slot) throws SQLException {
        long id = nextId++;
        int office = m % OFFICES.length;
        ZoneId zone = ZoneId.of(OFFICES[office][1]);
        boolean online = OFFICES[office][2].equals("ONLINE");
        LocalDateTime localStart = LocalDateTime.of(day, LocalTime.of(8 + 2 * (slot % 6), slot >= 6 ? 30 : 0));
        int minutes = id % 4 == 0 ? 60 : 45;
        Instant start = localStart.atZone(zone).toInstant();
        boolean future = start.isAfter(now);
        String status = id % 20 == 0 ? "CANCELLED" : future && id % 5 == 1 ? "DRAFT" : "PUBLISHED";
        Long mentee = !status.equals("DRAFT") && id % 3 == 0 ? (long) menteeId((int) (id % MENTEES) + 1) : null;
        boolean restricted = id % 10 == 7;
        Instant created = start.minusSeconds(30L * 24 * 3600);
        int i = 1;
        sessions.setLong(i++, id);
        sessions.setLong(i++, mentorId(m));
        if (mentee == null) {
            sessions.setNull(i++, Types.BIGINT);
        } else {
            sessions.setLong(i++, mentee);
        }
        sessions.setInt(i++, office + 1);
        sessions.setString(i++, zone.getId());
        sessions.setString(i++, localStart.toString());
        sessions.setInt(i++, minutes);
        sessions.setLong(i++, start.toEpochMilli());
        sessions.setLong(i++, start.toEpochMilli() + minutes * 60_000L);
        sessions.setString(i++, online ? "ONLINE" : "IN_PERSON");
        sessions.setString(i++, online ? "https://meet.example.org/m" + m : null);
        sessions.setString(i++, online ? null : "Room " + (1 + id % 4));
        sessions.setString(i++, id % 2 == 0 ? "Career chat" : "Portfolio review");
        sessions.setString(i++, id % 4 == 1 ? "Bring the draft.\nWe look at the second chapter." : "");
        sessions.setString(i++, status);
        sessions.setString(i++, id % 2 == 0 ? "series-" + m + "-" + day.getYear() : null);
        sessions.setString(i++, status.equals("DRAFT") ? null : String.format("tok%019d", id));
        sessions.setInt(i++, 0);
        sessions.setLong(i++, created.toEpochMilli());
        sessions.setLong(i++, created.toEpochMilli());
        sessions.setString(i, "session-" + id + "@bench.mentor-planner");
        sessions.addBatch();
        if (restricted) {
            groups.setLong(1, id);
            groups.setInt(2, (int) (id % GROUPS) + 1);
            groups.addBatch();
        } else if (pushes != null && status.equals("PUBLISHED")) {
            pushes.setString(1, teamCalendar);
            pushes.setString(2, "/team/session-" + id + ".ics");
            pushes.setLong(3, id);
            pushes.setLong(4, created.toEpochMilli());
            pushes.setString(5, "\"etag-" + id + "\"");
            pushes.setInt(6, 0);
            pushes.setLong(7, created.toEpochMilli());
            pushes.addBatch();
        }
        if (++pending == BATCH) {
            flush();
        }
    }

    private void flush() throws SQLException {
        sessions.executeBatch();
        groups.executeBatch();
        if (pushes != null) {
            pushes.executeBatch();
        }
        pending = 0;
    }
}

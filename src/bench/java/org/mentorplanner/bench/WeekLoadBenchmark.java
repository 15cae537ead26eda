package org.mentorplanner.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.LocationKind;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.store.SqliteStorage;
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
 * Loading one calendar week for 10 mentors from a file with 100,000 sessions (100 mentors over
 * two years): through {@code SessionRepository.findInRange} in a {@code Storage.transact}, against
 * the same query written in bare JDBC on the same file and mapped to the same domain objects.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xmx1g"})
public class WeekLoadBenchmark {

    static final int MENTORS = 100;
    static final int SESSIONS_PER_MENTOR = 1_000;
    static final int DAYS = 730;
    static final LocalDate FIRST_DAY = LocalDate.parse("2026-01-01");
    static final Instant WEEK_FROM = Instant.parse("2026-12-28T00:00:00Z");
    static final Instant WEEK_TO = WEEK_FROM.plus(Duration.ofDays(7));
    static final Instant CREATED = Instant.parse("2025-12-01T09:00:00Z");

    /** The repository's query, by hand: same columns, same conditions, same order. */
    static final String BARE_SQL = """
            SELECT s.id, s.mentor_id, s.mentee_id, s.location_id, s.zone_id, s.local_start, s.duration_minutes,
                   s.method, s.meeting_url, s.place, s.title, s.notes, s.status, s.series_id, s.booking_token,
                   s.revision, s.created_at, s.updated_at,
                   (SELECT group_concat(g.group_id) FROM session_group g WHERE g.session_id = s.id) AS group_ids
              FROM mentorship_session s
             WHERE s.mentor_id IN (%s)
               AND s.start_utc < ? AND s.start_utc > ? AND s.end_utc > ?
             ORDER BY s.start_utc, s.id
            """;

    private Path folder;
    private SqliteStorage storage;
    private Connection bare;
    private List<Long> tenMentors;
    private String bareSql;

    /** CPU time of the benchmark thread per call: on a busy shared machine it is steadier than wall time. */
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long calls;
    private long cpuAtIterationStart;

    @Setup(Level.Trial)
    public void buildDatabase() throws IOException, SQLException {
        folder = Files.createTempDirectory("mentor-planner-bench");
        storage = SqliteStorage.open(folder.resolve("bench.db"));
        List<Long> mentorIds = new ArrayList<>();
        storage.transactVoid(repos -> {
            List<Location> locations = List.of(
                    repos.locations().insert(new Location(0, "New York office", ZoneId.of("America/New_York"), LocationKind.IN_PERSON)),
                    repos.locations().insert(new Location(0, "London online", ZoneId.of("Europe/London"), LocationKind.ONLINE)),
                    repos.locations().insert(new Location(0, "Bangalore office", ZoneId.of("Asia/Kolkata"), LocationKind.IN_PERSON)));
            List<Long> groups = new ArrayList<>();
            for (int g = 0; g < 5; g++) {
                groups.add(repos.groups().insert("Group " + g).id());
            }
            List<Long> mentees = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                mentees.add(repos.people().insert(new Person(0, "mentee" + i + "@example.org", "Mentee " + i, Set.of(Role.MENTEE))).id());
            }
            for (int m = 0; m < MENTORS; m++) {
                long mentorId = repos.people().insert(new Person(0, "mentor" + m + "@example.org", "Mentor " + m, Set.of(Role.MENTOR))).id();
                mentorIds.add(mentorId);
                List<MentorshipSession> sessions = new ArrayList<>(SESSIONS_PER_MENTOR);
                for (int k = 0; k < SESSIONS_PER_MENTOR; k++) {
                    sessions.add(session(m, k, mentorId, locations.get(m % locations.size()), groups, mentees));
                }
                repos.sessions().insertAll(sessions);
            }
        });
        tenMentors = new ArrayList<>();
        for (int m = 0; m < MENTORS; m += MENTORS / 10) {
            tenMentors.add(mentorIds.get(m));
        }
        bareSql = BARE_SQL.formatted(String.join(", ", Collections.nCopies(tenMentors.size(), "?")));
        bare = DriverManager.getConnection("jdbc:sqlite:" + storage.file().toAbsolutePath());

        List<MentorshipSession> viaRepository = repository();
        List<MentorshipSession> viaJdbc = bareJdbc();
        if (viaRepository.isEmpty() || !viaRepository.equals(viaJdbc)) {
            throw new IllegalStateException("the two ways disagree: " + viaRepository.size() + " vs " + viaJdbc.size());
        }
        long total = storage.transact(repos -> repos.sessions().count());
        System.out.printf("%n%d sessions in the file; the week has %d sessions of the 10 mentors%n", total, viaRepository.size());
    }

    /** Session {@code k} of mentor {@code m}: spread over two years, a realistic mix of every field. */
    private static MentorshipSession session(int m, int k, long mentorId, Location location, List<Long> groups, List<Long> mentees) {
        LocalDate day = FIRST_DAY.plusDays((long) k * DAYS / SESSIONS_PER_MENTOR);
        LocalDateTime start = LocalDateTime.of(day, LocalTime.of(8 + (k + m) % 10, (k % 4) * 15));
        boolean online = location.isOnline() || k % 2 == 0;
        boolean booked = k % 3 == 0;
        SessionStatus status = booked ? SessionStatus.PUBLISHED
                : k % 7 == 0 ? SessionStatus.CANCELLED
                : k % 2 == 0 ? SessionStatus.PUBLISHED : SessionStatus.DRAFT;
        Set<Long> sessionGroups = k % 10 == 0 ? Set.of(groups.get(k % groups.size())) : Set.of();
        SessionDetails details = new SessionDetails(mentorId, booked ? mentees.get((m + k) % mentees.size()) : null,
                location.id(), start, Duration.ofMinutes(30 + 15L * (k % 4)),
                online ? EnrollmentMethod.ONLINE : EnrollmentMethod.IN_PERSON,
                online ? "https://meet.example.org/mentor" + m : null, online ? null : "Room " + (k % 12),
                sessionGroups, "Session " + k, k % 5 == 0 ? "Bring your questions." : "");
        return new MentorshipSession(0, details, location.zone(), status, k % 4 == 0 ? "series-" + m + "-" + k / 8 : null,
                status == SessionStatus.PUBLISHED ? "tok-" + m + "-" + k : null, k % 3, CREATED, CREATED);
    }

    @Setup(Level.Iteration)
    public void startCpuClock() {
        calls = 0;
        cpuAtIterationStart = threads.getCurrentThreadCpuTime();
    }

    @TearDown(Level.Iteration)
    public void printCpuPerCall() {
        long cpu = threads.getCurrentThreadCpuTime() - cpuAtIterationStart;
        System.out.printf(" (cpu %.1f us/op over %d calls) ", cpu / 1000.0 / Math.max(1, calls), calls);
    }

    @TearDown(Level.Trial)
    public void removeDatabase() throws IOException, SQLException {
        bare.close();
        storage.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Benchmark
    public List<MentorshipSession> repository() {
        calls++;
        return storage.transact(repos -> repos.sessions().findInRange(tenMentors, WEEK_FROM, WEEK_TO));
    }

    @Benchmark
    public List<MentorshipSession> bareJdbc() throws SQLException {
        calls++;
        try (PreparedStatement statement = bare.prepareStatement(bareSql)) {
            int index = 1;
            for (Long mentor : tenMentors) {
                statement.setLong(index++, mentor);
            }
            statement.setLong(index++, WEEK_TO.toEpochMilli());
            statement.setLong(index++, WEEK_FROM.minus(Duration.ofHours(12)).toEpochMilli());
            statement.setLong(index, WEEK_FROM.toEpochMilli());
            List<MentorshipSession> sessions = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    sessions.add(map(rs));
                }
            }
            return sessions;
        }
    }

    private static MentorshipSession map(ResultSet rs) throws SQLException {
        long menteeId = rs.getLong(3);
        Long mentee = rs.wasNull() ? null : menteeId;
        SessionDetails details = new SessionDetails(rs.getLong(2), mentee, rs.getLong(4),
                LocalDateTime.parse(rs.getString(6)), Duration.ofMinutes(rs.getInt(7)),
                EnrollmentMethod.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10), groupIds(rs.getString(19)),
                rs.getString(11), rs.getString(12));
        return new MentorshipSession(rs.getLong(1), details, ZoneId.of(rs.getString(5)), SessionStatus.valueOf(rs.getString(13)),
                rs.getString(14), rs.getString(15), rs.getInt(16), Instant.ofEpochMilli(rs.getLong(17)),
                Instant.ofEpochMilli(rs.getLong(18)));
    }

    private static Set<Long> groupIds(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isEmpty()) {
            return Set.of();
        }
        Set<Long> ids = new HashSet<>();
        for (String id : commaSeparated.split(",")) {
            ids.add(Long.parseLong(id));
        }
        return ids;
    }
}

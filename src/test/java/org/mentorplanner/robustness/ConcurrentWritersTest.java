package org.mentorplanner.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.CommandLineWorkspace;
import org.mentorplanner.cli.CliRunner;
import org.mentorplanner.cli.CliRunner.Run;

/**
 * Several programs writing one database file at once: every write waits its turn, none is
 * refused, and every acknowledged write is in the file afterwards (issue 13).
 */
class ConcurrentWritersTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    /** How long the two child processes add sessions side by side: the 30 s the issue asks for, thousands of overlapping writes. */
    private static final String LOOP_MILLIS = "30000";

    @TempDir
    Path folder;

    private Path db;

    private Run cli(String... args) {
        return CliRunner.once(file -> CommandLineWorkspace.open(file, CLOCK), db, args);
    }

    @BeforeEach
    void organisation() throws IOException {
        db = folder.resolve("planner.db");
        Path locations = Files.writeString(folder.resolve("locations.csv"), "name,zone,kind\nZoom,Europe/Berlin,online\n");
        Path people = Files.writeString(folder.resolve("people.csv"), "email,name,roles\nada@example.org,Ada Lovelace,mentor\n");
        assertThat(cli("import", "locations", locations.toString()).code()).isZero();
        assertThat(cli("import", "people", people.toString()).code()).isZero();
    }

    private Set<Long> sessionIds() throws SQLException {
        Set<Long> ids = new TreeSet<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id from mentorship_session")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    @Test
    void twoProcessesAddingSessionsAtOnceAreNeverRefusedAndEveryAcknowledgedSessionIsThere() throws Exception {
        List<Process> children = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        for (int child = 0; child < 2; child++) {
            Path out = folder.resolve("child" + child + ".out");
            outputs.add(out);
            children.add(ChildJvm.start(SessionAddLoop.class, out, folder.resolve("child" + child + ".err"),
                    db.toString(), LOOP_MILLIS, String.valueOf(child * 100_000)));
        }
        for (Process child : children) {
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();
        }

        Set<Long> acknowledged = new TreeSet<>();
        for (Path out : outputs) {
            List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
            assertThat(lines).as("runs of one child").isNotEmpty();
            assertThat(lines).as("no run refused").allMatch(line -> line.startsWith("ok "));
            lines.forEach(line -> acknowledged.add(Long.parseLong(line.substring(3))));
        }
        assertThat(sessionIds()).isEqualTo(acknowledged);
    }

    @Test
    void sessionAddBesideAWriterCommittingEveryFiveMillisecondsWaitsItsTurn() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger committed = new AtomicInteger();
        Thread writer = Thread.ofPlatform().name("other-writer").start(() -> {
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
                 Statement statement = other.createStatement()) {
                statement.execute("PRAGMA busy_timeout = 5000");
                while (running.get()) {
                    statement.execute("BEGIN IMMEDIATE");
                    statement.execute("INSERT INTO member_group (name) VALUES ('Group " + committed.get() + "')");
                    statement.execute("COMMIT");
                    committed.incrementAndGet();
                    TimeUnit.MILLISECONDS.sleep(5);
                }
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        List<String> refusals = new ArrayList<>();
        Set<Long> acknowledged = new TreeSet<>();
        try {
            for (int i = 0; i < 15; i++) {
                Run run = cli("session", "add", "--mentor", "ada@example.org", "--location", "Zoom",
                        "--start", "2027-01-04T" + String.format("%02d", i) + ":00", "--duration", "30m",
                        "--method", "online", "--url", "https://meet.example.org/x", "--publish");
                if (run.code() == 0) {
                    acknowledged.add(Long.parseLong(run.out().strip()));
                } else {
                    refusals.add(run.err());
                }
            }
        } finally {
            running.set(false);
            writer.join(10_000);
        }

        assertThat(refusals).isEmpty();
        assertThat(committed.get()).as("the other writer kept committing").isPositive();
        assertThat(sessionIds()).isEqualTo(acknowledged).hasSize(15);
    }
}

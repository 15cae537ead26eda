package org.mentorplanner.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.cli.Cli;
import org.mentorplanner.service.BackupService;
import org.mentorplanner.service.WindowLock;

/** Backups: on demand, daily, before a migration, and restoring them (issue 13). */
class BackupRestoreTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @TempDir
    Path folder;

    private Path db;
    private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    record Run(int code, String out, String err) {
    }

    private Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Clock at = clock;
        int code = new Cli(file -> GuiceWorkspace.open(file, at), db, database -> { })
                .run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void organisation() throws IOException {
        db = folder.resolve("planner.db");
        Path locations = Files.writeString(folder.resolve("locations.csv"), "name,zone,kind\nZoom,Europe/Berlin,online\n");
        Path people = Files.writeString(folder.resolve("people.csv"), "email,name,roles\nada@example.org,Ada Lovelace,mentor\n");
        assertThat(cli("import", "locations", locations.toString()).code()).isZero();
        assertThat(cli("import", "people", people.toString()).code()).isZero();
    }

    private String addSession(String start) {
        Run run = cli("session", "add", "--mentor", "ada@example.org", "--location", "Zoom", "--start", start,
                "--duration", "30m", "--method", "online", "--url", "https://meet.example.org/x", "--title", "At " + start);
        assertThat(run.code()).as(run.err()).isZero();
        return run.out().strip();
    }

    private static long count(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String text(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private List<String> backups() throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve("backups"))) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void backupAndRestoreRoundTrip() throws Exception {
        addSession("2027-01-04T10:00");
        Path backup = folder.resolve("kept/before.db");

        Run backedUp = cli("backup", "--out", backup.toString());
        addSession("2027-01-05T10:00");
        cli("session", "cancel", "1");
        Run restored = cli("restore", backup.toString());

        assertThat(backedUp.code()).as(backedUp.err()).isZero();
        assertThat(backedUp.out()).contains(backup.toString());
        assertThat(restored.code()).as(restored.err()).isZero();
        Run list = cli("session", "list", "--format", "json");
        assertThat(list.out()).contains("At 2027-01-04T10:00").doesNotContain("At 2027-01-05T10:00").doesNotContain("CANCELLED");
        assertThat(text(db, "pragma integrity_check")).isEqualTo("ok");
        // What the restore replaced is kept too.
        assertThat(backups()).anyMatch(name -> name.startsWith("planner-before-restore"));
        Path replaced = folder.resolve("backups").resolve(backups().stream().filter(n -> n.startsWith("planner-before-restore")).findFirst().orElseThrow());
        assertThat(count(replaced, "select count(*) from mentorship_session")).isEqualTo(2);
    }

    @Test
    void backupWithoutOutGoesIntoTheBackupsFolderAndOpens() throws Exception {
        addSession("2027-01-04T10:00");

        Run run = cli("backup");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(backups()).contains("planner-2026-11-25-120000.db");
        assertThat(count(folder.resolve("backups/planner-2026-11-25-120000.db"), "select count(*) from mentorship_session")).isEqualTo(1);
    }

    @Test
    void aDailyBackupIsMadeOncePerDayAndTheLastSevenAreKept() throws IOException {
        for (int day = 0; day < 10; day++) {
            clock = Clock.fixed(NOW.plusSeconds(86_400L * day), ZoneOffset.UTC);
            cli("session", "list");
            cli("session", "list");
        }

        List<String> daily = backups().stream().filter(name -> name.startsWith("planner-daily-")).toList();
        assertThat(daily).containsExactly("planner-daily-2026-11-28.db", "planner-daily-2026-11-29.db", "planner-daily-2026-11-30.db",
                "planner-daily-2026-12-01.db", "planner-daily-2026-12-02.db", "planner-daily-2026-12-03.db", "planner-daily-2026-12-04.db");
    }

    @Test
    void aDatabaseJustCreatedGetsNoDailyBackupOfItsEmptyState() {
        db = folder.resolve("fresh/new.db");

        assertThat(cli("demo").code()).isZero();

        assertThat(folder.resolve("fresh/backups")).doesNotExist();
        assertThat(cli("session", "list").code()).isZero();
        assertThat(folder.resolve("fresh/backups/new-daily-2026-11-25.db")).exists();
    }

    @Test
    void restoreIsRefusedWhileTheWindowHasTheFileOpen() throws IOException {
        Path backup = folder.resolve("b.db");
        assertThat(cli("backup", "--out", backup.toString()).code()).isZero();
        addSession("2027-01-04T10:00");

        Run run;
        try (WindowLock lock = WindowLock.acquire(db, "test").orElseThrow()) {
            run = cli("restore", backup.toString());
        }

        assertThat(run.code()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).contains("is open in the Mentor Planner window");
        assertThat(cli("session", "list").out()).contains("2027-01-04");
    }

    @Test
    void restoringSomethingThatIsNotABackupChangesNothing() throws Exception {
        addSession("2027-01-04T10:00");
        Path junk = Files.writeString(folder.resolve("junk.db"), "not a database ".repeat(20));

        Run run = cli("restore", junk.toString());

        assertThat(run.code()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).contains("is not a Mentor Planner database");
        assertThat(count(db, "select count(*) from mentorship_session")).isEqualTo(1);
    }

    @Test
    void anOlderDatabaseIsBackedUpBeforeItIsMigratedAndTheBackupOpens() throws Exception {
        Path old = folder.resolve("old.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + old, null, null).locations("classpath:db/migration").target("1").load().migrate();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + old); Statement s = connection.createStatement()) {
            s.execute("insert into member_group (name) values ('Alumni')");
        }

        try (GuiceWorkspace workspace = GuiceWorkspace.open(old, clock)) {
            assertThat(workspace.service(BackupService.class).backups()).isNotEmpty();
        }

        Path backup = folder.resolve("backups/old-before-update-from-v1.db");
        assertThat(backup).exists();
        assertThat(count(backup, "select count(*) from member_group")).isEqualTo(1);
        assertThat(count(backup, "select max(cast(version as integer)) from flyway_schema_history")).isEqualTo(1);
        assertThat(count(old, "select max(cast(version as integer)) from flyway_schema_history")).isGreaterThan(1);
        // The backup is a usable database of its own: restoring it migrates it again.
        try (GuiceWorkspace workspace = GuiceWorkspace.open(old, clock)) {
            workspace.service(BackupService.class).restore(backup, false);
            assertThat(workspace.service(BackupService.class).backUp(Optional.of(folder.resolve("again.db")))).exists();
        }
        assertThat(count(old, "select count(*) from member_group")).isEqualTo(1);
        assertThat(count(old, "select max(cast(version as integer)) from flyway_schema_history")).isGreaterThan(1);
    }
}

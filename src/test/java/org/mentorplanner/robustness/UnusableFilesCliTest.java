package org.mentorplanner.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.CommandLineWorkspace;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.cli.Cli;
import org.mentorplanner.cli.CliRunner;
import org.mentorplanner.cli.CliRunner.Run;
import org.mentorplanner.service.port.Storage;
import org.mentorplanner.store.SqliteStorage;

/**
 * Files that cannot be used, on the command line: one line on stderr, exit 1, and the file
 * byte for byte as it was (issue 13).
 */
class UnusableFilesCliTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

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
        assertThat(addSession("2027-01-04T10:00").code()).isZero();
    }

    @AfterEach
    void writableAgain() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.toList()) {
                file.toFile().setWritable(true);
            }
        }
    }

    private Run addSession(String start) {
        return cli("session", "add", "--mentor", "ada@example.org", "--location", "Zoom", "--start", start,
                "--duration", "30m", "--method", "online", "--url", "https://meet.example.org/x");
    }

    /** Runs a reading and a writing command; both must be refused with one line naming the problem, the file untouched. */
    private void refusedUntouched(String expected) throws IOException {
        byte[] before = Files.readAllBytes(db);
        List<String> namesBefore = names();

        for (Run run : List.of(cli("session", "list"), addSession("2027-01-05T10:00"), cli("backup"))) {
            assertThat(run.code()).as(run.err()).isEqualTo(Cli.REFUSED);
            assertThat(run.err()).contains(expected).doesNotContain("\tat ").endsWith(System.lineSeparator());
            assertThat(run.err().strip().lines()).hasSize(1);
        }
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(names()).isEqualTo(namesBefore);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefused() throws IOException {
        Files.writeString(db, "name,zone\nBerlin,Europe/Berlin\n".repeat(40));
        refusedUntouched("is not a Mentor Planner database (not an SQLite file at all)");
    }

    @Test
    void anotherProgramsSqliteDatabaseIsRefused() throws Exception {
        Files.delete(db);
        sql("create table recipe (name text)");
        refusedUntouched("is an SQLite database, but not a Mentor Planner one");
    }

    @Test
    void aTruncatedFileIsRefused() throws IOException {
        long size = Files.size(db);
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
            file.setLength(size / 2);
        }
        refusedUntouched("is damaged: the file is shorter than it should be");
    }

    @Test
    void aCorruptFileIsRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(db);
        // Page 1 keeps its header; the schema that follows it and the later pages become noise.
        for (int i = 100; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        Files.write(db, bytes);
        refusedUntouched("is damaged");
    }

    @Test
    void aDatabaseFromANewerVersionIsRefused() throws Exception {
        sql("insert into flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by,"
                + " installed_on, execution_time, success) values (999, '999', 'future', 'SQL', 'V999__future.sql', 0, 'x',"
                + " '2030-01-01', 1, 1)");
        refusedUntouched("was made by a newer version of Mentor Planner (schema version 999; this version knows up to");
    }

    @Test
    void aFolderInsteadOfAFileIsRefused() throws IOException {
        Path dir = Files.createDirectory(folder.resolve("a-folder.db"));
        Run run = cli("--db", dir.toString(), "session", "list");
        assertThat(run.code()).isEqualTo(Cli.REFUSED);
        assertThat(run.err().strip()).isEqualTo(dir + " is a folder, not a database file. Pick a file in it or another file.");
    }

    /**
     * The command line run by a user who may not write: this test's own user after a chmod, or,
     * when the tests run as root (as in CI), whom permissions do not stop, {@code nobody} in a
     * JVM of its own ({@link UnprivilegedUser}).
     */
    private Run cliWithoutWriteAccess(String... args) throws IOException, InterruptedException {
        if (!UnprivilegedUser.runningAsRoot()) {
            return cli(args);
        }
        UnprivilegedUser.Result result = UnprivilegedUser.cli(db, folder.resolve("as-nobody"), args);
        return new Run(result.code(), result.out(), result.err());
    }

    @Test
    void aReadOnlyFileStillListsButRefusesChangesAndLeavesNoJournalFilesBehind() throws IOException, InterruptedException {
        if (UnprivilegedUser.runningAsRoot()) {
            // root's file, which nobody may read but not write, in a folder everyone may write to
            Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
            Files.createDirectories(folder.resolve("as-nobody"));
        } else {
            assertThat(db.toFile().setWritable(false)).isTrue();
        }
        byte[] before = Files.readAllBytes(db);

        Run list = cliWithoutWriteAccess("session", "list");
        Run add = cliWithoutWriteAccess("session", "add", "--mentor", "ada@example.org", "--location", "Zoom", "--start", "2027-01-05T10:00",
                "--duration", "30m", "--method", "online", "--url", "https://meet.example.org/x");

        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("2027-01-04");
        assertThat(add.code()).as(add.err()).isEqualTo(Cli.REFUSED);
        assertThat(add.err()).contains("read-only");
        assertThat(add.err().strip()).as("one line").doesNotContain("\n");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(folder.resolve("planner.db-wal")).doesNotExist();
        assertThat(folder.resolve("planner.db-shm")).doesNotExist();
    }

    @Test
    void aReadOnlyFolderStillLists() throws IOException, InterruptedException {
        if (UnprivilegedUser.runningAsRoot()) {
            // a file nobody may write, in root's folder, which nobody may read but not write
            Files.createDirectories(folder.resolve("as-nobody"));
            Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-rw-rw-"));
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        byte[] before = Files.readAllBytes(db);

        Run list = cliWithoutWriteAccess("session", "list");

        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("2027-01-04");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(folder.resolve("planner.db-wal")).doesNotExist();
    }

    /**
     * A full disk in the middle of a bulk duplicate (SQLite's page limit on the command's own
     * connection runs out as a full disk does): one line saying so, exit 1, no stack trace, and
     * none of the copies saved.
     */
    @Test
    void aFullDiskDuringBulkDuplicateSaysSoOnOneLineAndSavesNothing() throws Exception {
        String listed = cli("session", "list", "--format", "json").out();
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(listed);
        assertThat(id.find()).as(listed).isTrue();
        Run run = CliRunner.once(file -> nearlyFull(GuiceWorkspace.open(file, CLOCK)), db,
                "session", "bulk-duplicate", id.group(1), "--every", "day", "--count", "2000");

        assertThat(run.code()).as(run.err()).isEqualTo(Cli.REFUSED);
        assertThat(run.err().strip()).startsWith("The disk is full").doesNotContain("\n").doesNotContain("Exception");
        assertThat(cli("session", "list", "--format", "json").out()).isEqualTo(listed);
    }

    /** {@code workspace} with room for a few more pages only: its storage's connection gets a page limit. */
    private static GuiceWorkspace nearlyFull(GuiceWorkspace workspace) {
        try {
            Object storage = workspace.injector().getInstance(Storage.class);
            Field field = SqliteStorage.class.getDeclaredField("connection");
            field.setAccessible(true);
            Connection connection = (Connection) field.get(storage);
            try (Statement statement = connection.createStatement()) {
                var pages = statement.executeQuery("PRAGMA page_count");
                pages.next();
                statement.execute("PRAGMA max_page_count = " + (pages.getLong(1) + 2));
            }
            return workspace;
        } catch (ReflectiveOperationException | SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFolderThatCannotBeCreatedIsNamedWithTheReason() throws IOException {
        Path blocker = Files.writeString(folder.resolve("blocker"), "a file where a folder should be");
        Path inside = blocker.resolve("sub/planner.db");

        Run run = cli("--db", inside.toString(), "demo");

        assertThat(run.code()).isEqualTo(Cli.REFUSED);
        assertThat(run.err().strip()).startsWith("Cannot create the folder " + blocker.resolve("sub") + " for the database: ")
                                     .contains("not a directory");
    }
}

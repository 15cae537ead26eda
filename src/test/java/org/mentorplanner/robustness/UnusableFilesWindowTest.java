package org.mentorplanner.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.DatabaseChooser;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.app.PlannerWindow;
import org.mentorplanner.domain.Role;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.time.PinnedMoment;
import org.mentorplanner.ui.SameThreadTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Files that cannot be used, in the window: the whole message and the ways out (open another
 * file, create one, restore a backup), the file byte for byte as it was (issue 13).
 */
@ExtendWith(ApplicationExtension.class)
class UnusableFilesWindowTest {

    @TempDir
    Path folder;

    private final Preferences preferences = Preferences.userRoot().node("org/mentorplanner/test/" + UUID.randomUUID());
    private final Deque<Path> answers = new ArrayDeque<>();
    private Stage stage;
    private PlannerWindow window;

    /** Answers the file dialogs with the files the test queued. */
    private final DatabaseChooser chooser = new DatabaseChooser() {
        @Override
        public Optional<Path> open(Window owner, String title, Path start) {
            return Optional.ofNullable(answers.poll());
        }

        @Override
        public Optional<Path> save(Window owner, String title, Path start, String name) {
            return Optional.ofNullable(answers.poll());
        }
    };

    @BeforeEach
    void sizes() {
        preferences.putDouble("width", 1200);
        preferences.putDouble("height", 760);
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        if (window != null) {
            window.close();
        }
        robot.interact(() -> {
            if (stage != null) {
                stage.close();
            }
        });
        preferences.removeNode();
    }

    private void openWindow(FxRobot robot, Path database) {
        robot.interact(() -> {
            stage = new Stage();
            window = new PlannerWindow(new SameThreadTaskExecutor(), preferences, PinnedMoment.DEFAULT.clock(), Locale.UK);
            window.setChooser(chooser);
            window.open(stage, database);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String message(FxRobot robot) {
        return robot.lookup("#openFailureMessage").queryAs(Label.class).getText();
    }

    private Path goodDatabase(String name) {
        Path file = folder.resolve(name);
        try (GuiceWorkspace workspace = GuiceWorkspace.open(file, PinnedMoment.DEFAULT.clock())) {
            workspace.service(DirectoryService.class).savePerson(new DirectoryService.PersonInput("ada@example.org", "Ada Lovelace",
                    Set.of(Role.MENTOR), Set.of()));
        }
        return file;
    }

    @Test
    void aFileThatIsNotADatabaseIsExplainedAndAnotherFileCanBeOpened(FxRobot robot) throws Exception {
        Path junk = Files.writeString(folder.resolve("notes.db"), "just some notes, not a database\n".repeat(20));
        byte[] before = Files.readAllBytes(junk);
        Path good = goodDatabase("good.db");

        openWindow(robot, junk);

        assertThat(message(robot)).contains("is not a Mentor Planner database (not an SQLite file at all)");
        assertThat(robot.lookup("#openAnother").tryQuery()).isPresent();
        assertThat(robot.lookup("#createNew").tryQuery()).isPresent();
        assertThat(Files.readAllBytes(junk)).isEqualTo(before);

        answers.add(good);
        robot.clickOn("#openAnother");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.presenter()).as("the planner opened on the other file").isNotNull();
        assertThat(stage.getTitle()).contains("good.db");
        assertThat(Files.readAllBytes(junk)).isEqualTo(before);
    }

    @Test
    void aFileWhoseFolderIsGoneIsExplainedAndNoEmptyPlannerIsMadeInItsPlace(FxRobot robot) throws Exception {
        Path gone = folder.resolve("usb-stick/term-plans/planner.db");
        Path good = goodDatabase("good.db");

        openWindow(robot, gone);

        assertThat(message(robot)).contains("The folder " + gone.getParent() + " does not exist")
                                  .contains("moved or renamed, or be on a drive that is not connected");
        assertThat(folder.resolve("usb-stick")).as("no folder made again").doesNotExist();
        assertThat(robot.lookup("#openAnother").tryQuery()).isPresent();
        assertThat(robot.lookup("#createNew").tryQuery()).isPresent();

        answers.add(good);
        robot.clickOn("#openAnother");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).contains("good.db");
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedUntouchedAndANewOneCanBeCreated(FxRobot robot) throws Exception {
        Path newer = goodDatabase("newer.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = connection.createStatement()) {
            s.execute("insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, installed_on, execution_time, success) values (999, '999', 'future', 'SQL',"
                    + " 'V999__future.sql', 0, 'x', '2030-01-01', 1, 1)");
        }
        byte[] before = Files.readAllBytes(newer);

        openWindow(robot, newer);

        assertThat(message(robot)).contains("was made by a newer version of Mentor Planner (schema version 999");
        assertThat(Files.readAllBytes(newer)).isEqualTo(before);

        Path fresh = folder.resolve("fresh.db");
        answers.add(fresh);
        robot.clickOn("#createNew");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.presenter()).isNotNull();
        assertThat(fresh).exists();
        assertThat(Files.readAllBytes(newer)).isEqualTo(before);
    }

    @Test
    void aTruncatedFileIsExplainedWithTheWaysOutAndLeftAsItIs(FxRobot robot) throws Exception {
        Path db = goodDatabase("truncated.db");
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
            file.setLength(Files.size(db) / 2);
        }
        byte[] before = Files.readAllBytes(db);

        openWindow(robot, db);

        assertThat(message(robot)).contains("is damaged: the file is shorter than it should be");
        assertThat(robot.lookup("#openAnother").tryQuery()).isPresent();
        assertThat(robot.lookup("#createNew").tryQuery()).isPresent();
        assertThat(robot.lookup("#restoreBackup").tryQuery()).isPresent();
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(folder.resolve("truncated.db-wal")).doesNotExist();
    }

    @Test
    void anotherProgramsSqliteDatabaseIsRefusedUntouched(FxRobot robot) throws Exception {
        Path other = folder.resolve("recipes.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = connection.createStatement()) {
            s.execute("create table recipe (name text)");
            s.execute("insert into recipe values ('bread')");
        }
        byte[] before = Files.readAllBytes(other);

        openWindow(robot, other);

        assertThat(message(robot)).contains("is an SQLite database, but not a Mentor Planner one");
        assertThat(robot.lookup("#openAnother").tryQuery()).isPresent();
        assertThat(Files.readAllBytes(other)).isEqualTo(before);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = connection.createStatement();
             ResultSet tables = s.executeQuery("select count(*) from sqlite_master where name like 'flyway%'")) {
            tables.next();
            assertThat(tables.getInt(1)).as("not migrated").isZero();
        }
    }

    @Test
    void aDamagedFileCanBeReplacedByABackupAndIsKeptBesideIt(FxRobot robot) throws Exception {
        Path db = goodDatabase("planner.db");
        Path backup = folder.resolve("backup.db");
        Files.copy(db, backup);
        byte[] bytes = Files.readAllBytes(db);
        for (int i = 100; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        Files.write(db, bytes);

        openWindow(robot, db);

        assertThat(message(robot)).contains("is damaged");
        assertThat(Files.readAllBytes(db)).isEqualTo(bytes);

        answers.add(backup);
        robot.clickOn("#restoreBackup");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn((Button b) -> "Restore".equals(b.getText()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.presenter()).isNotNull();
        assertThat(Files.readAllBytes(folder.resolve("planner.db.unusable"))).isEqualTo(bytes);
        try (GuiceWorkspace workspace = GuiceWorkspace.open(db, PinnedMoment.DEFAULT.clock())) {
            assertThat(workspace.service(DirectoryService.class).mentors()).hasSize(1);
        }
    }
}

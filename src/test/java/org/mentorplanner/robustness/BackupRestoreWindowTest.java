package org.mentorplanner.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.view.DateControl;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.DatabaseChooser;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.app.PlannerWindow;
import org.mentorplanner.cli.Cli;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.time.PinnedMoment;
import org.mentorplanner.ui.DemoOrganisation;
import org.mentorplanner.ui.DemoWindow;
import org.mentorplanner.ui.SameThreadTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Menu → Back up… and Restore… in the window (issue 13): the backup is written where the user
 * chose, a restore replaces the data only after the user confirms and the grid then shows the
 * restored sessions, and another program's {@code restore} is refused while the window has the
 * file. The file dialogs are answered by the test.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BackupRestoreWindowTest {

    /** A fixed week, shown by moving the grid there: the test does not depend on today's date. */
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    @TempDir
    Path folder;

    private final Preferences preferences = Preferences.userRoot().node("org/mentorplanner/test/" + UUID.randomUUID());
    private final Deque<Path> answers = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();
    private DemoWindow fixture;
    private DemoOrganisation org;
    private MentorshipSession kept;
    private Path database;
    private Stage stage;
    private PlannerWindow window;

    /** Answers the file dialogs with the files the test queued, and notes what they asked. */
    private final DatabaseChooser chooser = new DatabaseChooser() {
        @Override
        public Optional<Path> open(Window owner, String title, Path start) {
            asked.add(title);
            return Optional.ofNullable(answers.poll());
        }

        @Override
        public Optional<Path> save(Window owner, String title, Path start, String name) {
            asked.add(title);
            return Optional.ofNullable(answers.poll());
        }
    };

    @BeforeEach
    void openWindow(FxRobot robot) {
        preferences.putDouble("width", 1200);
        preferences.putDouble("height", 760);
        fixture = DemoWindow.seeded(folder, (workspace, demo) -> {
            org = demo;
            kept = workspace.service(SessionService.class)
                            .create(Actor.owner(), demo.hourInBerlin("ada", MONDAY.plusDays(1).atTime(9, 0), "In the backup"), false)
                            .session();
        });
        database = fixture.stored(GuiceWorkspace::databaseFile);
        robot.interact(() -> {
            stage = new Stage();
            window = new PlannerWindow(new SameThreadTaskExecutor(), preferences, PinnedMoment.DEFAULT.clock(), Locale.UK);
            window.setChooser(chooser);
            window.open(stage, database);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> week(robot).setDate(MONDAY));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.close();
            stage.close();
        });
        fixture.close();
        preferences.removeNode();
    }

    private DateControl week(FxRobot robot) {
        return robot.lookup("#weekView").query();
    }

    /** Chooses the item {@code id} of the planner's Menu, as a click on it does (without waiting: it may open a dialog). */
    private void chooseFromMenu(FxRobot robot, String id) {
        MenuButton menu = robot.lookup("#appMenu").queryAs(MenuButton.class);
        MenuItem item = menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        Platform.runLater(item::fire); // not interact(): a confirmation blocks in showAndWait until answered
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void closeMessage(FxRobot robot, String header) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAllAs(Label.class))
                .extracting(Label::getText).contains(header);
        robot.clickOn((Button b) -> "OK".equals(b.getText()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long addedByAnotherProgram(String title) {
        try (GuiceWorkspace other = GuiceWorkspace.open(database, PinnedMoment.DEFAULT.clock())) {
            return other.service(SessionService.class)
                        .create(Actor.owner(), org.hourInBerlin("grace", MONDAY.plusDays(2).atTime(11, 0), title), true)
                        .session().id();
        }
    }

    private List<String> storedTitles(Path file) {
        try (GuiceWorkspace workspace = GuiceWorkspace.open(file, PinnedMoment.DEFAULT.clock())) {
            return workspace.service(SessionService.class).loadRange(List.of(org.people.get("ada").id(), org.people.get("grace").id()),
                            MONDAY.atStartOfDay(ZoneOffset.UTC).toInstant(),
                            MONDAY.plusDays(7).atStartOfDay(ZoneOffset.UTC).toInstant())
                            .stream().map(session -> session.details().title()).sorted().toList();
        }
    }

    @Test
    void aBackupGoesWhereChosenAndARestoreAfterConfirmingBringsItsSessionsBackOnTheGrid(FxRobot robot) throws Exception {
        Path chosen = Files.createDirectories(folder.resolve("chosen")).resolve("before-the-term.db");
        answers.add(chosen);
        chooseFromMenu(robot, "backUp");
        closeMessage(robot, "Backed up");

        assertThat(asked).containsExactly("Back up the database");
        assertThat(storedTitles(chosen)).containsExactly("In the backup");

        // Another program adds a session after the backup; the window shows it.
        long added = addedByAnotherProgram("After the backup");
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> window.presenter().knownSession(added).isPresent());

        // Restore…, but the user says no: nothing changes.
        answers.add(chosen);
        chooseFromMenu(robot, "restore");
        robot.clickOn("#confirmNo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(storedTitles(database)).containsExactly("After the backup", "In the backup");
        assertThat(window.presenter().knownSession(added)).isPresent();

        // Restore… confirmed: the file holds the backup and the grid shows it.
        answers.add(chosen);
        chooseFromMenu(robot, "restore");
        robot.clickOn("#confirmYes");
        WaitForAsyncUtils.waitForFxEvents();
        closeMessage(robot, "Restored");

        assertThat(storedTitles(database)).containsExactly("In the backup");
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> window.presenter().knownSession(added).isEmpty()
                && window.presenter().entryOf(kept.id()).isPresent());
        assertThat(window.presenter().entryOf(kept.id()).orElseThrow().getTitle()).contains("In the backup");
        // What the file held before the restore is kept in the backups folder.
        try (var files = Files.list(database.resolveSibling("backups"))) {
            assertThat(files.filter(file -> storedTitles(file).contains("After the backup")).count()).isPositive();
        }
    }

    @Test
    void theCommandLineRefusesToRestoreWhileTheWindowHasTheFile(FxRobot robot) throws Exception {
        Path backup = folder.resolve("backup.db");
        answers.add(backup);
        chooseFromMenu(robot, "backUp");
        closeMessage(robot, "Backed up");
        long added = addedByAnotherProgram("After the backup");
        byte[] before = Files.readAllBytes(database);

        StringWriter err = new StringWriter();
        int code = new Cli(file -> GuiceWorkspace.open(file, PinnedMoment.DEFAULT.clock()), database, db -> { })
                .run(new PrintWriter(new StringWriter()), new PrintWriter(err), "restore", backup.toString());

        assertThat(code).isEqualTo(Cli.REFUSED);
        assertThat(err.toString().strip()).contains("is open in the Mentor Planner window").doesNotContain("\n");
        assertThat(Files.readAllBytes(database)).isEqualTo(before);
        assertThat(storedTitles(database)).contains("After the backup");
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> window.presenter().knownSession(added).isPresent());
    }
}

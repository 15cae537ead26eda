package org.mentorplanner.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.view.DateControl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.app.PlannerWindow;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.ui.DemoWindow;
import org.mentorplanner.ui.DemoWindows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A database file this user may only read, or one in a folder this user may only read, in the
 * window (issue 13): it opens, shows its weeks,
 * says in the title and the status bar that changes cannot be saved, refuses a change with a
 * message that says why, and stays byte for byte as it was. As root (CI), whom permissions do not
 * stop, the file or folder is made immutable with {@code chattr +i}, which stops root too.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ReadOnlyFileWindowTest {

    /** A fixed week, shown by moving the grid there: the test does not depend on today's date. */
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    @RegisterExtension
    final DemoWindows windows = new DemoWindows();

    private DemoWindow fixture;
    private Path database;
    /** The file or folder made read-only, given its rights back after the test. */
    private Path lockedPath;
    private Stage stage;
    private PlannerWindow window;

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.interact(() -> {
            if (window != null) {
                window.close();
            }
            if (stage != null) {
                stage.close();
            }
        });
        if (lockedPath != null && UnprivilegedUser.runningAsRoot()) {
            run("chattr", "-i", lockedPath.toString()); // or the temporary folder cannot be removed
        } else if (lockedPath != null) {
            assertThat(lockedPath.toFile().setWritable(true)).isTrue();
        }
    }

    /** What this user may not write: the database file itself, or the folder it lies in. */
    enum Locked {
        FILE, FOLDER
    }

    @ParameterizedTest
    @EnumSource(Locked.class)
    void aReadOnlyFileOpensSaysSoAndRefusesAChangeLeavingTheFileAsItWas(Locked locked, FxRobot robot) throws Exception {
        MentorshipSession[] seeded = new MentorshipSession[1];
        fixture = windows.seeded((workspace, demo) -> seeded[0] = workspace.service(SessionService.class)
                .create(Actor.owner(), demo.hourInBerlin("ada", MONDAY.plusDays(1).atTime(9, 0), "Only to look at"), false)
                .session());
        MentorshipSession draft = seeded[0];
        database = fixture.stored(GuiceWorkspace::databaseFile);
        lockedPath = locked == Locked.FILE ? database : database.getParent();
        makeReadOnly(lockedPath);
        byte[] before = Files.readAllBytes(database);

        robot.interact(() -> {
            stage = new Stage();
            window = fixture.open(stage);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#weekView").queryAs(DateControl.class).setDate(MONDAY));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.presenter() != null
                && window.presenter().entryOf(draft.id()).isPresent());

        assertThat(stage.getTitle()).endsWith("— read-only");
        Label notice = robot.lookup("#readOnlyNotice").queryAs(Label.class);
        assertThat(notice.getText()).isEqualTo("Read-only file");
        assertThat(notice.getTooltip().getText()).startsWith("Changes cannot be saved").contains("Back up…");

        robot.interact(() -> window.presenter().publish(draft));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> said = robot.lookup(".dialog-pane .content").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(said).anySatisfy(text -> assertThat(text).contains("read-only"));
        robot.clickOn((Button b) -> "OK".equals(b.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readAllBytes(database)).as("the file is as it was").isEqualTo(before);
        assertThat(database.resolveSibling(database.getFileName() + "-wal")).doesNotExist();
        SessionStatus stored = fixture.stored(workspace -> workspace.service(SessionService.class).find(draft.id()).orElseThrow().status());
        assertThat(stored).as("still a draft").isEqualTo(draft.status());
    }

    /** Takes away this user's right to write the file or folder: {@code chattr +i} for root, the permission bits for anyone else. */
    private static void makeReadOnly(Path file) throws IOException, InterruptedException {
        if (UnprivilegedUser.runningAsRoot()) {
            run("chattr", "+i", file.toString());
        } else {
            assertThat(file.toFile().setWritable(false)).isTrue();
        }
        assertThat(Files.isWritable(file)).as("this user can no longer write " + file).isFalse();
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(Arrays.toString(command) + ": " + output).isZero();
    }
}

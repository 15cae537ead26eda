package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.view.DetailedWeekView;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.PlannerWindow;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.port.SessionQuery;
import org.mentorplanner.ui.DemoWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The planner without a mouse: plan a session, move it, duplicate it and bulk-duplicate it with
 * the keys of {@link PlannerShortcut} alone; Help lists every shortcut of that table.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardOnlyTest {

    @TempDir
    static Path folder;

    private DemoWindow fixture;
    private PlannerWindow window;

    @Start
    void start(Stage stage) {
        fixture = DemoWindow.seeded(folder, (workspace, org) -> { });
        window = fixture.open(stage);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void planMoveDuplicateAndBulkDuplicateWithKeysOnly(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.presenter() != null);
        WaitForAsyncUtils.waitForFxEvents();

        // Plan: Ctrl+N opens the editor with the title field focused; Alt+S saves the draft.
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> windowTitled("New session"));
        WaitForAsyncUtils.waitForFxEvents();
        typeKeys(robot, "Keyboard chat");
        robot.press(KeyCode.ALT).type(KeyCode.S).release(KeyCode.ALT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stored().size() == 1);
        MentorshipSession planned = stored().getFirst();
        assertThat(planned.details().title()).isEqualTo("Keyboard chat");

        // Move: F6 goes to the grid, Down selects its one block, Alt+Down moves it one slot later.
        robot.type(KeyCode.F6).type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.presenter().selectedSessions()).extracting(MentorshipSession::id).containsExactly(planned.id());
        Duration slot = slot();
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !stored().getFirst().startInstant().equals(planned.startInstant()));
        assertThat(stored().getFirst().startInstant()).isEqualTo(planned.startInstant().plus(slot));
        // Alt+Right: a day later; Alt+Shift+Down: one slot longer.
        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        robot.press(KeyCode.ALT, KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT, KeyCode.ALT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> stored().getFirst().details().duration().equals(planned.details().duration().plus(slot)));
        assertThat(stored().getFirst().startInstant()).isEqualTo(planned.startInstant().plus(slot).plus(Duration.ofDays(1)));

        // Duplicate: Ctrl+D opens the editor on an unsaved copy at the next free slot; Alt+S saves it.
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> windowTitled("New session"));
        assertThat(stored()).as("nothing saved before the user confirms").hasSize(1);
        robot.press(KeyCode.ALT).type(KeyCode.S).release(KeyCode.ALT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stored().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        // Bulk duplicate: select the first block again, Ctrl+Shift+D, Enter makes the copies, Escape closes.
        robot.type(KeyCode.F6).type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.presenter().selectedSessions()).hasSize(1);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.D).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> windowTitled("Bulk duplicate — Mentor Planner"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#runDuplicate").queryButton().isDisabled());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stored().size() > 2);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored()).extracting(s -> s.details().title()).allMatch("Keyboard chat"::equals);
    }

    @Test
    void helpListsEveryShortcutOfTheTable(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.presenter() != null);
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> windowTitled("Keyboard shortcuts"));
        List<String> shown = robot.lookup("#shortcutTable .shortcut-keys").queryAllAs(Label.class).stream()
                                  .map(Label::getText).toList();
        List<String> descriptions = robot.lookup("#shortcutTable .field-label").queryAllAs(Label.class).stream()
                                         .map(Label::getText).toList();
        assertThat(shown).containsExactly(Arrays.stream(PlannerShortcut.values())
                                                          .map(PlannerShortcut::keysText).toArray(String[]::new));
        assertThat(descriptions).contains("Move the selected session one slot later", "Plan a new session");
        robot.type(KeyCode.ESCAPE);
    }

    /** Types {@code text} key by key into the focused window, as a person does (letters and spaces). */
    private static void typeKeys(FxRobot robot, String text) {
        for (char c : text.toCharArray()) {
            KeyCode key = c == ' ' ? KeyCode.SPACE : KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c)));
            if (Character.isUpperCase(c)) {
                robot.press(KeyCode.SHIFT).type(key).release(KeyCode.SHIFT);
            } else {
                robot.type(key);
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Duration slot() {
        var grid = (DetailedWeekView) window.presenter().view().lookup("#weekView");
        var virtual = grid.getVirtualGrid();
        return Duration.of(virtual.getAmount(), virtual.getUnit());
    }

    private List<MentorshipSession> stored() {
        return fixture.stored(workspace -> workspace.service(SessionService.class).list(SessionQuery.all())).stream()
                      .sorted(Comparator.comparingLong(MentorshipSession::id)).toList();
    }

    private static boolean windowTitled(String title) {
        return Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && s.isShowing() && title.equals(s.getTitle()));
    }
}

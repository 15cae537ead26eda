package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.view.DayEntryView;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.PlannerWindow;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.time.PinnedMoment;
import org.mentorplanner.ui.DemoWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screen readers: in the planner window and in every dialog it opens, each node the keyboard
 * can reach has a name to read (its accessible text, its own label text, or a label made for
 * it); blocks say what they are in words.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibleNamesTest {

    @TempDir
    static Path folder;

    private DemoWindow fixture;
    private PlannerWindow window;
    private final List<String> unnamed = new ArrayList<>();

    @Start
    void start(Stage stage) {
        LocalDate monday = PinnedMoment.DEFAULT.today().with(DayOfWeek.MONDAY);
        fixture = DemoWindow.seeded(folder, (workspace, org) -> workspace.service(SessionService.class)
                .create(Actor.owner(), org.hourInBerlin("ada", monday.plusDays(1).atTime(8, 0), "Career chat"), false));
        window = fixture.open(stage);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void everyFocusableNodeInTheWindowAndItsDialogsHasAName(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.presenter() != null);
        WaitForAsyncUtils.waitForFxEvents();
        walk("planner", robot.lookup("#weekView").query().getScene());

        for (String item : List.of("exportLinks", "syncCalendar", "importDirectory", "settings", "keyboardShortcuts")) {
            robot.interact(() -> menuItem(robot, item).fire());
            WaitForAsyncUtils.waitForFxEvents();
            walkDialogs(item);
            closeDialogs(robot);
        }
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        walkDialogs("new session editor");
        closeDialogs(robot);

        robot.type(KeyCode.F6).type(KeyCode.DOWN);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.D).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        walkDialogs("bulk duplicate");
        closeDialogs(robot);

        assertThat(unnamed).as("focusable nodes a screen reader cannot name").isEmpty();
    }

    @Test
    void aBlockSaysWhatItIsInWords(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.presenter() != null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".session-draft").queryAll().isEmpty());
        List<String> texts = robot.lookup(n -> n instanceof DayEntryView).queryAll().stream()
                                  .map(Node::getAccessibleText).toList();
        assertThat(texts).anySatisfy(text -> assertThat(text)
                .matches("Career chat, \\w+day \\d+ \\w+, \\d\\d:\\d\\d to \\d\\d:\\d\\d, Ada Lovelace, draft, not bookable yet"));
        robot.type(KeyCode.F6).type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#weekView").query().getAccessibleText()).startsWith("Calendar grid; selected: Career chat, ");
        List<String> legend = robot.lookup(".legend-swatch").queryAll().stream().map(Node::getAccessibleText).toList();
        assertThat(legend).hasSize(5).allSatisfy(text -> assertThat(text).isNotBlank())
                          .anySatisfy(text -> assertThat(text).startsWith("Booked"));
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        return robot.lookup("#appMenu").<MenuButton>query().getItems().stream().filter(i -> id.equals(i.getId()))
                    .findFirst().orElseThrow();
    }

    private void walkDialogs(String what) {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w instanceof Stage stage && stage.isShowing() && stage.getOwner() != null && stage.getScene() != null) {
                walk(what + " (" + stage.getTitle() + ")", stage.getScene());
            }
        }
    }

    private static void closeDialogs(FxRobot robot) {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w instanceof Stage stage && stage.isShowing() && stage.getOwner() != null) {
                robot.interact(stage::close);
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void walk(String where, Scene scene) {
        Set<Node> labelled = nodes(scene.getRoot()).stream().filter(Label.class::isInstance).map(n -> ((Label) n).getLabelFor())
                                                  .filter(Objects::nonNull).collect(Collectors.toSet());
        for (Node node : nodes(scene.getRoot())) {
            if (node.isFocusTraversable() && node.isVisible() && !node.isDisabled() && !insideNamedControl(node)
                    && !named(node, labelled)) {
                unnamed.add(where + ": " + node);
            }
        }
    }

    private static boolean named(Node node, Set<Node> labelled) {
        if (node.getAccessibleText() != null && !node.getAccessibleText().isBlank()) {
            return true;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().replace("_", "").isBlank()) {
            return true;
        }
        return labelled.contains(node);
    }

    /** The editor inside a combo box or date field is part of that control, which carries the name. */
    private static boolean insideNamedControl(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ComboBoxBase<?> || p instanceof Spinner<?>
                    || p instanceof CheckComboBox<?>) {
                return true;
            }
        }
        return false;
    }

    private static List<Node> nodes(Parent root) {
        List<Node> all = new ArrayList<>();
        ArrayDeque<Node> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            all.add(node);
            if (node instanceof Parent parent) {
                todo.addAll(parent.getChildrenUnmodifiable());
            }
        }
        return all;
    }
}

package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorplanner.app.PlannerWindow;
import org.mentorplanner.domain.Role;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.DirectoryService.PersonInput;
import org.mentorplanner.ui.DemoWindow;
import org.mentorplanner.ui.DemoWindows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A mentor's colour in the window is theirs for life: importing people recolours nobody. */
@ExtendWith(ApplicationExtension.class)
class MentorColoursWindowTest {

    @RegisterExtension
    final DemoWindows windows = new DemoWindows();

    private DemoWindow fixture;
    private PlannerWindow window;

    @Start
    void start(Stage stage) {
        fixture = windows.seeded((workspace, org) -> { });
        window = fixture.open(stage);
    }

    @Test
    void importingMentorsWhoseNamesSortFirstKeepsEveryExistingMentorsColour(FxRobot robot) {
        Map<String, String> before = swatches(robot);
        assertThat(Set.copyOf(before.values())).as("every mentor a colour of their own").hasSize(before.size());

        fixture.stored(workspace -> workspace.service(DirectoryService.class).importPeople(List.of(
                new PersonInput("aaron@example.org", "Aaron Abel", Set.of(Role.MENTOR), Set.of()),
                new PersonInput("bea@example.org", "Bea Abbott", Set.of(Role.MENTOR), Set.of()))));
        robot.interact(() -> window.presenter().reload()); // what the import dialog does after an import
        Map<String, String> after = swatches(robot);

        assertThat(after).hasSize(before.size() + 2).containsAllEntriesOf(before);
        assertThat(Set.copyOf(after.values())).as("the newcomers take colours nobody has").hasSize(after.size());
    }

    /** Each mentor's name in the panel with the colour style of their swatch. */
    private static Map<String, String> swatches(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, String> styles = new LinkedHashMap<>();
        robot.lookup(".mentor-check").queryAllAs(CheckBox.class).forEach(box -> styles.put(box.getText(),
                box.getGraphic().getStyleClass().stream().filter(c -> c.endsWith("-icon")).findFirst().orElseThrow()));
        return styles;
    }
}

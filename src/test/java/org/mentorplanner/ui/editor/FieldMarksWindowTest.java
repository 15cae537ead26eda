package org.mentorplanner.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.controlsfx.control.decoration.Decorator;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorplanner.ui.DemoWindow;
import org.mentorplanner.ui.DemoWindows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A wrong field in the editor is outlined; no icon covers the field's corner. */
@ExtendWith(ApplicationExtension.class)
class FieldMarksWindowTest {

    @RegisterExtension
    final DemoWindows windows = new DemoWindows();

    private DemoWindow fixture;

    @Start
    void start(Stage stage) {
        fixture = windows.seeded((workspace, org) -> { });
        fixture.open(stage);
    }

    @Test
    void aWrongMeetingUrlOutlinesTheFieldWithoutAnIconOverIt(FxRobot robot) {
        robot.clickOn("#newSession");
        robot.clickOn("#methodOnline");
        robot.clickOn("#meetingUrl").write("meet");
        WaitForAsyncUtils.waitForFxEvents();

        TextField url = robot.lookup("#meetingUrl").query();
        assertThat(url.getStyleClass()).as("outlined").contains("field-error");
        assertThat(Decorator.getDecorations(url)).as("no graphic over the field").noneMatch(GraphicDecoration.class::isInstance);

        robot.write(".example.org").eraseText(16).write("https://meet.example.org/x");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(url.getStyleClass()).as("no longer marked").doesNotContain("field-error");
        robot.clickOn("#cancel");
    }
}

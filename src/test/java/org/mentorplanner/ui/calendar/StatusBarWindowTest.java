package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.PlannerWindow;
import org.mentorplanner.ui.DemoWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The status bar is never cut: in the narrowest window the planner allows (900 pixels), with a
 * long message, the counts and the grid's zone stay whole inside the window; the message gives
 * up room instead.
 */
@ExtendWith(ApplicationExtension.class)
class StatusBarWindowTest {

    @TempDir
    static Path folder;

    private DemoWindow fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = DemoWindow.seeded(folder, (workspace, org) -> { });
        PlannerWindow window = fixture.open(stage);
        stage.setWidth(900);
    }

    @AfterEach
    void closeDatabase() throws Exception {
        fixture.close();
    }

    @Test
    void theCountsAndTheZoneStayWholeInANarrowWindow(FxRobot robot) {
        robot.interact(() -> robot.lookup("#statusMessage").queryAs(Label.class)
                .setText("Could not load sessions: the database file is locked by another program; try again in a moment"));
        WaitForAsyncUtils.waitForFxEvents();

        double sceneWidth = stage.getScene().getWidth();
        Label counts = robot.lookup("#counts").queryAs(Label.class);
        Node zone = robot.lookup("#gridZone").query();
        Bounds zoneBounds = zone.localToScene(zone.getLayoutBounds());

        assertThat(zoneBounds.getMaxX()).as("the zone chooser ends inside the window").isLessThanOrEqualTo(sceneWidth + 0.5);
        assertThat(counts.getWidth()).as("the counts keep their whole text")
                .isGreaterThanOrEqualTo(counts.prefWidth(-1) - 0.5);
    }
}

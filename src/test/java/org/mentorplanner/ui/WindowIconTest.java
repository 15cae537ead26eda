package org.mentorplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.time.PinnedMoment;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The app's icon on the planner window and on the windows it opens (headless). */
@ExtendWith(ApplicationExtension.class)
class WindowIconTest {

    /** The tile's colour in icons/mentor-planner.svg, the app's blue. */
    private static final Color TILE_BLUE = Color.web("#2563eb");

    @TempDir
    static Path folder;

    private DemoWindow fixture;
    private Stage planner;

    @Start
    void start(Stage stage) {
        LocalDate monday = PinnedMoment.DEFAULT.today().with(DayOfWeek.MONDAY);
        // Early in the day, so the block is on screen.
        fixture = DemoWindow.seeded(folder, (workspace, org) -> workspace.service(SessionService.class)
                .create(Actor.owner(), org.hourInBerlin("ada", monday.plusDays(1).atTime(6, 0), "Career chat"), false));
        planner = stage;
        fixture.open(stage);
    }

    /** The icons load in the background; they are on the planner once both are there. */
    private void waitForTheIcons() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> planner.getIcons().size() == 2);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void plannerWindowHasTheAppIconInTheSizesJavaFxChoosesFrom() throws Exception {
        waitForTheIcons();
        assertThat(planner.getIcons()).as("32 px is what Windows gets, 128 px what Linux and macOS get")
                .extracting(Image::getWidth, Image::getHeight)
                .containsExactly(tuple(32.0, 32.0), tuple(128.0, 128.0));
        assertThat(planner.getIcons()).noneMatch(Image::isError);
        Image large = planner.getIcons().get(1);
        assertThat(large.getPixelReader().getColor(64, 4)).as("the top of the blue tile, between the calendar's rings")
                .isEqualTo(TILE_BLUE);
        assertThat(large.getPixelReader().getColor(0, 0).getOpacity()).as("rounded corners are transparent").isZero();
    }

    @Test
    void dialogsOpenedFromThePlannerShowTheAppIconToo(FxRobot robot) throws Exception {
        waitForTheIcons();
        robot.clickOn("#appMenu");
        robot.clickOn("Se_ttings…");
        assertThat(stageTitled("Settings").getIcons()).as("settings").containsExactlyElementsOf(planner.getIcons());
        robot.type(KeyCode.ESCAPE);

        robot.clickOn("#newSession");
        assertThat(stageTitled("New session").getIcons()).as("session editor").containsExactlyElementsOf(planner.getIcons());
        robot.type(KeyCode.ESCAPE);

        robot.clickOn(WeekGrid.block(robot, "Career chat"));
        robot.clickOn("#actions");
        robot.clickOn("_Bulk duplicate…");
        assertThat(stageTitled("Bulk duplicate — Mentor Planner").getIcons()).as("bulk duplicate")
                .containsExactlyElementsOf(planner.getIcons());
    }

    private static Stage stageTitled(String title) {
        WaitForAsyncUtils.waitForFxEvents();
        return Window.getWindows().stream()
                .filter(window -> window instanceof Stage stage && stage.isShowing() && title.equals(stage.getTitle()))
                .map(Stage.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no window titled " + title + " is open"));
    }
}

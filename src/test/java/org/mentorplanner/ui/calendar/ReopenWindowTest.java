package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.app.PlannerWindow;
import org.mentorplanner.time.PinnedMoment;
import org.mentorplanner.ui.SameThreadTaskExecutor;
import org.mentorplanner.ui.StoredPreferences;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The app reopens on the page it was left on, even when it ended without closing its window the usual way. */
@ExtendWith(ApplicationExtension.class)
class ReopenWindowTest {

    @TempDir
    static Path folder;

    private final StoredPreferences preferences = new StoredPreferences();
    private PlannerWindow window;

    @Start
    void start(Stage stage) {
        Path database = folder.resolve("planner-" + UUID.randomUUID() + ".db");
        GuiceWorkspace.open(database, PinnedMoment.DEFAULT.clock()).close();
        preferences.putDouble("width", 1200);
        preferences.putDouble("height", 760);
        window = new PlannerWindow(new SameThreadTaskExecutor(), preferences, PinnedMoment.DEFAULT.clock(), Locale.UK);
        window.open(stage, database);
    }

    @Test
    void thePageShownLastIsStoredAtOnce(FxRobot robot) {
        robot.interact(() -> window.presenter().showPage(PlannerPage.MONTH));
        robot.interact(() -> window.presenter().showPage(PlannerPage.WEEK));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(preferences.stored("page")).as("on the backing store, not only in memory").isEqualTo("WEEK");
        assertThat(new WindowPlacement(preferences).lastPage()).isEqualTo(PlannerPage.WEEK);
        robot.interact(() -> window.close());
    }
}

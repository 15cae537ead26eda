package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class WindowPlacementTest {

    private final Preferences node = Preferences.userRoot().node("org/mentorplanner/test/" + UUID.randomUUID());

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void sizePositionAndLastPageSurviveARestart() throws Exception {
        FxToolkit.setupFixture(() -> {
            Stage first = new Stage();
            first.setX(40);
            first.setY(30);
            first.setWidth(900);
            first.setHeight(640);
            WindowPlacement placement = new WindowPlacement(node);
            placement.save(first);
            placement.saveLastPage(PlannerPage.MONTH);
        });

        Stage second = FxToolkit.setupFixture(() -> {
            Stage stage = new Stage();
            new WindowPlacement(node).restore(stage, 1280, 820);
            return stage;
        });

        assertThat(second.getWidth()).isEqualTo(900);
        assertThat(second.getHeight()).isEqualTo(640);
        assertThat(second.getX()).isEqualTo(40);
        assertThat(second.getY()).isEqualTo(30);
        assertThat(new WindowPlacement(node).lastPage()).isEqualTo(PlannerPage.MONTH);
    }

    @Test
    void theRestoredPlaceIsAppliedAgainWhenTheWindowSystemChangedItWhileShowing() throws Exception {
        FxToolkit.setupFixture(() -> {
            Stage first = new Stage();
            first.setX(40);
            first.setY(30);
            first.setWidth(1000);
            first.setHeight(700);
            new WindowPlacement(node).save(first);
        });

        Stage stage = FxToolkit.setupFixture(() -> {
            Stage shown = new Stage();
            shown.setScene(new Scene(new StackPane()));
            new WindowPlacement(node).restore(shown, 1280, 820);
            shown.setMinWidth(900);
            shown.setMinHeight(600);
            // What GNOME's mutter or Openbox do to a JavaFX 21 window as it maps (JDK-8316423).
            shown.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                shown.setWidth(900);
                shown.setHeight(600);
                shown.setX(0);
                shown.setY(0);
            });
            shown.show();
            return shown;
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getWidth()).isEqualTo(1000);
        assertThat(stage.getHeight()).isEqualTo(700);
        assertThat(stage.getX()).isEqualTo(40);
        assertThat(stage.getY()).isEqualTo(30);
        FxToolkit.setupFixture(stage::hide);
    }

    @Test
    void aFirstStartUsesTheDefaultSizeAndTheWeek() throws Exception {
        Stage stage = FxToolkit.setupFixture(() -> {
            Stage fresh = new Stage();
            new WindowPlacement(node).restore(fresh, 1100, 700);
            return fresh;
        });

        assertThat(stage.getWidth()).isEqualTo(1100);
        assertThat(new WindowPlacement(node).lastPage()).isEqualTo(PlannerPage.WEEK);
    }
}

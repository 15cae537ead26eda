package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

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

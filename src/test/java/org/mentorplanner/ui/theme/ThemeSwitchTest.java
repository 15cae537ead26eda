package org.mentorplanner.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.PlannerWindow;
import org.mentorplanner.ui.DemoWindow;
import org.mentorplanner.ui.FxThread;
import org.mentorplanner.ui.SameThreadTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Light and dark: the choice in Settings applies at once to the window and the open dialog, and is kept. */
@ExtendWith(ApplicationExtension.class)
class ThemeSwitchTest {

    @TempDir
    static Path folder;

    private DemoWindow fixture;
    private PlannerWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = DemoWindow.seeded(folder, (workspace, org) -> { });
        window = fixture.open(stage);
    }

    @AfterEach
    void close() throws Exception {
        FxThread.run(() -> window.themes().choose(ThemeChoice.LIGHT));
        fixture.close();
    }

    @Test
    void choosingDarkInSettingsRepaintsTheWindowAndTheOpenDialogAtOnce(FxRobot robot) throws Exception {
        FxThread.run(() -> window.themes().choose(ThemeChoice.LIGHT));
        robot.clickOn("#appMenu").clickOn("Se_ttings…");
        WaitForAsyncUtils.waitForFxEvents();
        Label heading = robot.lookup(".settings-dialog .dialog-heading").queryAs(Label.class);
        Label status = robot.lookup(".status-bar .label").queryAs(Label.class);
        Color lightHeading = (Color) heading.getTextFill();
        Color lightStatus = (Color) status.getTextFill();
        assertThat(lightHeading.getBrightness()).as("dark text in the light theme").isLessThan(0.5);

        FxThread.run(() -> robot.lookup("#theme").<ComboBox<ThemeChoice>>query()
                .setValue(ThemeChoice.DARK));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ((Color) heading.getTextFill()).getBrightness() > 0.5);

        assertThat(((Color) status.getTextFill()).getBrightness()).as("the planner behind the dialog follows")
                .isGreaterThan(lightStatus.getBrightness());
        assertThat(heading.getScene().getStylesheets()).contains(Appearance.DARK.paletteStylesheet())
                .doesNotContain(Appearance.LIGHT.paletteStylesheet());
        assertThat(window.themes().appearanceProperty().get()).isEqualTo(Appearance.DARK);
    }

    @Test
    void theChoiceIsKeptAndSystemFollowsTheDesktop() {
        Preferences node = Preferences.userRoot().node("org/mentorplanner/test/theme-" + System.nanoTime());
        try {
            FxThread.run(() -> new Themes(ThemeChoiceStore.in(node), Optional::empty).choose(ThemeChoice.DARK));
            assertThat(ThemeChoiceStore.in(node).load()).isEqualTo(ThemeChoice.DARK);
            Themes following = new Themes(ThemeChoiceStore.inMemory(), () -> Optional.of(Appearance.DARK));
            FxThread.run(() -> following.start(new SameThreadTaskExecutor()));
            assertThat(following.appearanceProperty().get()).isEqualTo(Appearance.DARK);
            Themes unknown = new Themes(ThemeChoiceStore.inMemory(), () -> {
                throw new IllegalStateException("no desktop here");
            });
            FxThread.run(() -> unknown.start(new SameThreadTaskExecutor()));
            assertThat(unknown.appearanceProperty().get()).as("a desktop that cannot be read means light")
                    .isEqualTo(Appearance.LIGHT);
        } finally {
            FxThread.run(() -> new Themes(ThemeChoiceStore.inMemory(), Optional::empty).choose(ThemeChoice.LIGHT));
            try {
                node.removeNode();
            } catch (BackingStoreException e) {
                // a test node left behind does no harm
            }
        }
    }
}

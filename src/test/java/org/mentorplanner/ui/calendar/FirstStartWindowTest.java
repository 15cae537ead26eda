package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.view.EntryViewBase;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorplanner.app.PlannerWindow;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.time.PinnedMoment;
import org.mentorplanner.ui.DemoWindow;
import org.mentorplanner.ui.DemoWindows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window on an empty database, as on a first start: one click fills it with the sample organisation. */
@ParameterizedClass
@MethodSource("org.mentorplanner.time.PinnedMoment#all")
@ExtendWith(ApplicationExtension.class)
class FirstStartWindowTest {

    /** The moment the test runs at, through the app's clock. */
    @Parameter
    PinnedMoment moment;

    @RegisterExtension
    final DemoWindows windows = new DemoWindows();

    private DemoWindow fixture;
    private PlannerWindow window;

    @Start
    void start(Stage stage) {
        fixture = windows.empty(moment.clock());
        window = fixture.open(stage);
    }

    @Test
    void anEmptyDatabaseOffersTheSampleOrganisationAndShowsItAtOnce(FxRobot robot) throws Exception {
        assertThat(robot.lookup(".empty-hint").queryLabeled().getText()).startsWith("No mentors yet.");
        assertThat(visibleBlocks(robot)).isZero();

        AtomicInteger openedAgain = new AtomicInteger();
        robot.interact(() -> window.presenter().setOpenedListener(openedAgain::incrementAndGet));
        robot.clickOn("#addSample");
        WaitForAsyncUtils.waitForFxEvents();

        int mentors = fixture.stored(workspace -> workspace.service(DirectoryService.class).mentors().size());
        assertThat(mentors).as("the sample organisation is in the file").isPositive();
        assertThat(window.presenter().shownMentorIds()).as("one calendar per mentor, shown").hasSize(mentors);
        assertThat(robot.lookup("#addSample").tryQuery()).as("the offer is gone").isEmpty();
        assertThat(robot.lookup(".empty-hint").tryQuery()).isEmpty();
        assertThat(openedAgain).as("the store is prepared once, at the first opening, not again").hasValue(0);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visibleBlocks(robot) > 0);
    }

    @Test
    void newSessionInAnEmptyDatabaseSaysWhatIsMissingAndOffersTheImportAndTheSampleOrganisation(FxRobot robot) {
        robot.interact(() -> window.presenter().setMenuHandlers(null, null, () -> { }, null));
        robot.clickOn("#newSession");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#title").tryQuery()).as("no editor whose fields cannot be filled").isEmpty();
        DialogPane dialog = robot.lookup(".dialog-pane").query();
        assertThat(dialog.getHeaderText()).isEqualTo("There are no mentors or places yet");
        assertThat(dialog.getContentText()).contains("Import people or places…").contains("sample organisation");
        assertThat(robot.lookup("#choice0").<Button>query().getText()).isEqualTo("Import people or places…");
        assertThat(robot.lookup("#choice1").<Button>query().getText()).isEqualTo("Add the sample organisation");

        robot.clickOn("#choice1");
        WaitForAsyncUtils.waitForFxEvents();

        int mentors = fixture.stored(workspace -> workspace.service(DirectoryService.class).mentors().size());
        assertThat(mentors).isPositive();
        assertThat(window.presenter().shownMentorIds()).hasSize(mentors);
        robot.clickOn("#newSession");
        assertThat(robot.lookup("#title").tryQuery()).as("now the editor opens").isPresent();
        robot.clickOn("#cancel");
    }

    private static int visibleBlocks(FxRobot robot) {
        return robot.lookup("#weekView").queryAll().stream()
                .mapToInt(week -> (int) week.lookupAll("*").stream().filter(EntryViewBase.class::isInstance)
                        .filter(Node::isVisible).count())
                .sum();
    }
}

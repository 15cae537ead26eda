package org.mentorplanner.ui.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorplanner.app.PlannerWindow;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.port.SessionQuery;
import org.mentorplanner.time.PinnedMoment;
import org.mentorplanner.ui.DemoWindow;
import org.mentorplanner.ui.DemoWindows;
import org.mentorplanner.ui.WeekGrid;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real planner window, headless: select blocks, bulk duplicate them, undo the run. */
@ParameterizedClass
@MethodSource("org.mentorplanner.time.PinnedMoment#all")
@ExtendWith(ApplicationExtension.class)
class BulkDuplicateWindowTest {

    /** The moment the test runs at, through the app's clock. */
    @Parameter
    PinnedMoment moment;

    @RegisterExtension
    final DemoWindows windows = new DemoWindows();

    private DemoWindow fixture;
    private PlannerWindow window;
    private MentorshipSession careerChat;
    private MentorshipSession codeReview;

    @Start
    void start(Stage stage) {
        LocalDate monday = moment.today().with(DayOfWeek.MONDAY);
        // Early starts so both blocks are on screen.
        fixture = windows.seeded(moment.clock(), (workspace, demo) -> {
            SessionService sessions = workspace.service(SessionService.class);
            careerChat = sessions.create(Actor.owner(), demo.hourInBerlinShownAt("ada", monday.plusDays(1).atTime(6, 0), moment.zone(), "Career chat"), false).session();
            codeReview = sessions.create(Actor.owner(), demo.hourInBerlinShownAt("grace", monday.plusDays(2).atTime(7, 0), moment.zone(), "Code review"), false).session();
        });
        window = fixture.open(stage);
    }

    @Test
    void selectTwoBlocksBulkDuplicateWeeklyFourTimesThenUndoRemovesEveryCopy(FxRobot robot) {
        robot.clickOn(WeekGrid.block(robot, "Career chat"));
        robot.press(KeyCode.CONTROL).clickOn(WeekGrid.block(robot, "Code review")).release(KeyCode.CONTROL);
        assertThat(window.presenter().selectedSessions()).extracting(MentorshipSession::id)
                .containsExactlyInAnyOrder(careerChat.id(), codeReview.id());

        robot.clickOn("#actions");
        robot.clickOn("_Bulk duplicate…");
        TableView<PreviewRow> preview = robot.lookup("#preview").query();
        assertThat(preview.getItems()).as("weekly, four copies of each, previewed before anything is written").hasSize(8);
        assertThat(storedSessions()).hasSize(2);
        robot.clickOn("#runDuplicate");
        WaitForAsyncUtils.waitForFxEvents();

        List<MentorshipSession> copies = storedSessions().stream()
                .filter(s -> s.id() != careerChat.id() && s.id() != codeReview.id()).toList();
        assertThat(copies).hasSize(8);
        assertThat(copies).extracting(MentorshipSession::seriesId).containsOnly(copies.get(0).seriesId());
        assertThat(copies.stream().filter(c -> c.details().title().equals("Career chat")))
                .extracting(c -> c.details().localStart())
                .containsExactly(careerChat.details().localStart().plusWeeks(1), careerChat.details().localStart().plusWeeks(2),
                        careerChat.details().localStart().plusWeeks(3), careerChat.details().localStart().plusWeeks(4));
        assertThat(robot.lookup("#runStatus").queryLabeled().getText()).as("the dialog says what was made")
                .startsWith("8 copies made");
        assertThat(robot.lookup("#statusMessage").queryLabeled().getText()).as("the count said once")
                .isEqualTo("Bulk duplicate done: 8 copies.");
        robot.type(KeyCode.ENTER); // Close is the default button once the copies are made
        assertThat(robot.lookup("#preview").tryQuery()).as("the dialog closed").isEmpty();
        assertThat(copies).filteredOn(c -> c.details().localStart().isBefore(careerChat.details().localStart().plusWeeks(2).minusDays(1)))
                .as("next week's copies are on the grid at once").hasSize(2)
                .allSatisfy(c -> assertThat(window.presenter().entryOf(c.id())).isPresent());
        for (int week = 0; week < 4; week++) {
            robot.clickOn("›"); // the later weeks load as they come into view
        }
        assertThat(copies).allSatisfy(c -> assertThat(window.presenter().entryOf(c.id())).as("on the grid").isPresent());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);

        assertThat(storedSessions()).extracting(MentorshipSession::id).containsExactlyInAnyOrder(careerChat.id(), codeReview.id());
        assertThat(copies).allSatisfy(c -> assertThat(window.presenter().entryOf(c.id())).as("off the grid").isEmpty());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);

        assertThat(storedSessions()).hasSize(10);
        assertThat(copies).allSatisfy(c -> assertThat(window.presenter().entryOf(c.id())).as("back on the grid").isPresent());
    }

    private List<MentorshipSession> storedSessions() {
        return fixture.stored(workspace -> workspace.service(SessionService.class).list(SessionQuery.all()));
    }
}

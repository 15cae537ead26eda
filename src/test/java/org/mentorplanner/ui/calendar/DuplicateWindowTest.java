package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.view.DateControl;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorplanner.app.PlannerWindow;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.port.SessionQuery;
import org.mentorplanner.ui.DemoWindow;
import org.mentorplanner.ui.DemoWindows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Duplicate and Publish & Duplicate save the copy only when the user saves it. */
@ExtendWith(ApplicationExtension.class)
class DuplicateWindowTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @RegisterExtension
    final DemoWindows windows = new DemoWindows();

    private DemoWindow fixture;
    private PlannerWindow window;
    private MentorshipSession careerChat;

    @Start
    void start(Stage stage) {
        fixture = windows.seeded((workspace, org) -> careerChat = workspace.service(SessionService.class)
                .create(Actor.owner(), org.hourInBerlin("ada", MONDAY.plusDays(1).atTime(10, 0), "Career chat"), false).session());
        window = fixture.open(stage);
        window.presenter().showPage(PlannerPage.WEEK);
        robotFreeSetDate();
    }

    private void robotFreeSetDate() {
        ((DateControl) window.presenter().view().lookup("#weekView")).setDate(MONDAY);
    }

    @Test
    void cancellingTheCopysEditorAfterDuplicateLeavesNothingBehind(FxRobot robot) {
        robot.interact(() -> window.presenter().duplicate(careerChat));
        assertThat(robot.lookup("#title").<TextField>query().getText()).as("the copy's editor").isEqualTo("Career chat");
        assertThat(stored()).as("nothing saved before the user confirms").hasSize(1);

        robot.clickOn("#cancel");

        assertThat(stored()).as("Cancel leaves nothing behind").hasSize(1);
        assertThat(window.presenter().history().canUndoProperty().get()).as("and nothing to undo").isFalse();
    }

    @Test
    void cancellingTheCopyAfterPublishAndDuplicateKeepsOnlyThePublishedSession(FxRobot robot) {
        robot.interact(() -> window.presenter().edit(careerChat));
        robot.clickOn("#publishAndDuplicate");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#title").<TextField>query().getText()).as("the copy's editor").isEqualTo("Career chat");

        robot.clickOn("#cancel");

        assertThat(stored()).singleElement().extracting(MentorshipSession::status).isEqualTo(SessionStatus.PUBLISHED);
    }

    @Test
    void savingTheCopyStoresItAtTheNextFreeSlot(FxRobot robot) {
        robot.interact(() -> window.presenter().duplicate(careerChat));
        robot.clickOn("#saveDraft");

        List<MentorshipSession> sessions = stored();
        assertThat(sessions).hasSize(2);
        assertThat(sessions.get(1).details().localStart()).isEqualTo(careerChat.details().localStart().plusHours(1));
        assertThat(sessions.get(1).details().menteeId()).isNull();
    }

    private List<MentorshipSession> stored() {
        return fixture.stored(workspace -> workspace.service(SessionService.class).list(SessionQuery.all()));
    }
}

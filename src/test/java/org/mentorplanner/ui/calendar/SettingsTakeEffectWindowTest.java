package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.view.DateControl;
import com.calendarfx.view.EntryViewBase;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorplanner.app.PlannerWindow;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.Person;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.ui.DemoOrganisation;
import org.mentorplanner.ui.DemoWindow;
import org.mentorplanner.ui.DemoWindows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Settings → "I am" applies at once, on every page, without a restart. */
@ExtendWith(ApplicationExtension.class)
class SettingsTakeEffectWindowTest {

    /** A fixed week: the tests never depend on today's date. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @RegisterExtension
    final DemoWindows windows = new DemoWindows();

    private DemoWindow fixture;
    private PlannerWindow window;
    private DemoOrganisation demo;

    @Start
    void start(Stage stage) {
        fixture = windows.seeded((workspace, org) -> {
            SessionService sessions = workspace.service(SessionService.class);
            sessions.create(Actor.owner(), org.hourInBerlin("ada", MONDAY.plusDays(2).atTime(10, 0), "Ada's hour"), false);
            sessions.create(Actor.owner(), org.hourInBerlin("grace", MONDAY.plusDays(2).atTime(12, 0), "Grace's hour"), false);
        });
        demo = fixture.demo();
        window = fixture.open(stage);
        window.presenter().showZone(ZoneId.of("Europe/Berlin")); // never the machine's zone
    }

    @Test
    void choosingAMentorAsMeShowsOnlyTheirCalendarOnEveryPageAtOnce(FxRobot robot) {
        robot.interact(() -> robot.lookup("#weekView").<DateControl>query().setDate(MONDAY.plusDays(2)));
        assertThat(blockTitles(robot, "#weekView")).contains("Ada's hour", "Grace's hour");

        robot.clickOn("#appMenu").clickOn("Se_ttings…");
        Person ada = demo.people.get("ada");
        robot.interact(() -> robot.lookup("#me").<ComboBox<Person>>query().setValue(ada));
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.presenter().shownMentorIds()).containsExactly(ada.id());
        assertThat(blockTitles(robot, "#weekView")).containsExactly("Ada's hour");
        for (PlannerPage page : List.of(PlannerPage.DAY, PlannerPage.MONTH, PlannerPage.WEEK)) {
            robot.interact(() -> window.presenter().showPage(page));
            WaitForAsyncUtils.waitForFxEvents();
            String id = "#" + page.name().toLowerCase(Locale.ROOT) + "View";
            assertThat(blockTitles(robot, id)).as(page + " shows only my calendar").containsExactly("Ada's hour");
        }

        robot.clickOn("All");
        robot.interact(() -> window.presenter().showPage(PlannerPage.DAY));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(blockTitles(robot, "#dayView")).as("All shows every mentor again").contains("Ada's hour", "Grace's hour");
        robot.clickOn("Only me");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(blockTitles(robot, "#dayView")).as("Only me works on the day page").containsExactly("Ada's hour");
    }

    /** The titles of the visible blocks on a page. */
    private static Set<String> blockTitles(FxRobot robot, String page) {
        WaitForAsyncUtils.waitForFxEvents();
        Node control = robot.lookup(page).query();
        Set<String> titles = new TreeSet<>();
        control.lookupAll("*").stream().filter(n -> n instanceof EntryViewBase<?> v && shown(v))
               .forEach(n -> titles.add(((EntryViewBase<?>) n).getEntry().getTitle()));
        return titles;
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}

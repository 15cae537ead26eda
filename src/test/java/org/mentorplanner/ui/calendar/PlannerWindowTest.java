package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.view.DateControl;
import com.calendarfx.view.DayEntryView;
import com.calendarfx.view.DayView;
import com.calendarfx.view.EntryViewBase;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.PickResult;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorplanner.app.PlannerWindow;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.Group;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.domain.Settings;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.port.SessionQuery;
import org.mentorplanner.time.PinnedMoment;
import org.mentorplanner.ui.DemoOrganisation;
import org.mentorplanner.ui.DemoWindow;
import org.mentorplanner.ui.DemoWindows;
import org.mentorplanner.ui.WeekGrid;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real planner window, headless: gestures on the grid, the editor, the context menu, undo. */
@ParameterizedClass
@MethodSource("org.mentorplanner.time.PinnedMoment#all")
@ExtendWith(ApplicationExtension.class)
class PlannerWindowTest {

    /** The moment the test runs at, through the app's clock. */
    @Parameter
    PinnedMoment moment;

    @RegisterExtension
    final DemoWindows windows = new DemoWindows();

    private DemoWindow fixture;
    private PlannerWindow window;
    private MentorshipSession careerChat;
    private DemoOrganisation demo;
    private LocalDate monday;

    @Start
    void start(Stage stage) {
        monday = LoadedWeeks.monday(moment.today());
        fixture = windows.seeded(moment.clock(), (workspace, org) -> careerChat = workspace.service(SessionService.class)
                .create(Actor.owner(), org.hourInBerlinShownAt("ada", monday.plusDays(1).atTime(6, 0), moment.zone(), "Career chat"), false).session());
        demo = fixture.demo();
        window = fixture.open(stage);
    }

    @Test
    void dragOutBlockFillEditorSaveAndFindEveryFieldAfterReopening(FxRobot robot) {
        LocalDate wednesday = monday.plusDays(2);
        DayView column = WeekGrid.column(robot, wednesday);
        ZoneId zone = column.getZoneId();
        LocalDateTime start = firstVisibleFullHour(robot, column);
        drag(robot, column, at(column, start, zone), at(column, start.plusHours(1), zone));

        assertThat(robot.lookup("#title").tryQuery()).as("the editor opens on the dragged block").isPresent();
        robot.clickOn("#methodOnline");
        robot.clickOn("#meetingUrl").write("https://meet.example.org/ada");
        robot.clickOn("#title").write("Portfolio review");
        robot.clickOn("#place");
        Group women = demo.groups.stream().filter(g -> g.name().equals("Women in Tech")).findFirst().orElseThrow();
        robot.interact(() -> {
            robot.lookup("#groups").<CheckComboBox<Group>>query().getCheckModel().check(women);
            robot.lookup("#notes").<TextArea>query().setText("Bring two case studies.");
        });
        LocalDate editorDate = robot.lookup("#date").<DatePicker>query().getValue();
        String editorTime = robot.lookup("#time").<TextField>query().getText();
        robot.clickOn("#saveDraft");
        assertThat(robot.lookup("#title").tryQuery()).as("the editor closed").isEmpty();

        // Close the app and open it again on the same file.
        robot.interact(() -> window.close());
        robot.interact(() -> window = fixture.open(new Stage()));
        MentorshipSession saved = onlySessionTitled("Portfolio review");
        SessionDetails d = saved.details();
        assertThat(d.mentorId()).isEqualTo(demo.people.get("ada").id());
        assertThat(d.menteeId()).isNull();
        assertThat(d.localStart().toLocalDate()).isEqualTo(editorDate);
        assertThat(d.localStart().toLocalTime().toString()).isEqualTo(editorTime);
        assertThat(saved.startInstant()).isEqualTo(start.atZone(zone).toInstant());
        assertThat(d.duration()).isEqualTo(Duration.ofHours(1));
        assertThat(d.method()).isEqualTo(EnrollmentMethod.ONLINE);
        assertThat(d.meetingUrl()).isEqualTo("https://meet.example.org/ada");
        assertThat(d.groupIds()).containsExactly(women.id());
        assertThat(d.title()).isEqualTo("Portfolio review");
        assertThat(d.notes()).isEqualTo("Bring two case studies.");
        assertThat(saved.status()).isEqualTo(SessionStatus.DRAFT);
        assertThat(window.presenter().entryOf(saved.id())).as("the reopened grid shows it").isPresent();
    }

    @Test
    void aNarrowWindowGetsTheCompactToolbarWithNoButtonCut(FxRobot robot) {
        Stage stage = (Stage) robot.lookup("#weekView").query().getScene().getWindow();
        robot.interact(() -> stage.setWidth(stage.getMinWidth()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#pageMenu").query().isVisible()).as("narrow: one page menu").isTrue();
        assertThat(shown(robot.lookup("#pageMONTH").query())).isFalse();
        Node toolbar = robot.lookup(".planner-toolbar").query();
        List<ButtonBase> buttons = toolbar.lookupAll("*").stream()
                .filter(PlannerWindowTest::shown).filter(ButtonBase.class::isInstance)
                .map(ButtonBase.class::cast).toList();
        assertThat(buttons).extracting(Labeled::getText).contains("Today", "New Session", "Undo", "Week");
        for (ButtonBase button : buttons) {
            assertThat(button.getWidth()).as("'%s' keeps its whole label", button.getText())
                    .isGreaterThanOrEqualTo(button.prefWidth(-1) - 0.5);
        }
        Node menuButton = robot.lookup("#pageMenu").query();
        assertThat(menuButton.localToScene(menuButton.getBoundsInLocal()).getMaxX())
                .as("the toolbar fits the window").isLessThanOrEqualTo(stage.getScene().getWidth());

        robot.interact(() -> robot.lookup("#pageMenu").<MenuButton>query().getItems().stream()
                .filter(item -> item.getText().equals("_Month")).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#monthView").tryQuery()).as("the menu switches pages").isPresent();
        assertThat(robot.lookup("#pageMenu").<MenuButton>query().getText()).isEqualTo("Month");

        // The widest window the headless screen paints (1280 x 800) has room for every page button.
        robot.interact(() -> stage.setWidth(1280));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#pageMenu").query().isVisible()).as("wide: page buttons, no page menu").isFalse();
        assertThat(shown(robot.lookup("#pageMONTH").query())).isTrue();
        assertThat(robot.lookup("#pageMONTH").<ToggleButton>query().isSelected()).isTrue();
    }

    @Test
    void opensOnTheWeekOfTheClocksTodayAndTodayComesBackToIt(FxRobot robot) {
        DateControl week = robot.lookup("#weekView").query();
        assertThat(week.getToday()).isEqualTo(moment.today());
        assertThat(week.getDate()).isEqualTo(moment.today());
        assertThat(week.getZoneId()).as("the grid shows the clock's zone").isEqualTo(moment.zone());

        robot.clickOn("#next").clickOn("#next");
        assertThat(week.getDate()).isEqualTo(moment.today().plusWeeks(2));
        robot.clickOn("#today");

        assertThat(week.getDate()).isEqualTo(moment.today());
    }

    @Test
    void theToolbarHoldsStillWhileTheWeekTitleChangesWidth(FxRobot robot) {
        DateControl week = robot.lookup("#weekView").query();
        Node switcher = robot.lookup("#pageMenu").query();
        Node pageButtons = robot.lookup("#pageWEEK").query().getParent();
        boolean compact = shown(switcher);
        double switcherX = sceneX(compact ? switcher : pageButtons);
        // A week inside one month, one across two months and one across the turn of the year.
        for (LocalDate date : List.of(LocalDate.of(2027, 2, 10), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 12, 29))) {
            robot.interact(() -> week.setDate(date));
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(shown(switcher)).as("the toolbar keeps its form in the week of %s", date).isEqualTo(compact);
            assertThat(sceneX(compact ? switcher : pageButtons)).as("the page switcher stays put in the week of %s", date)
                    .isEqualTo(switcherX);
            Label title = robot.lookup("#rangeLabel").query();
            assertThat(title.getWidth()).as("'%s' is shown whole", title.getText())
                    .isGreaterThanOrEqualTo(title.prefWidth(-1) - 0.5);
        }
    }

    private static double sceneX(Node node) {
        return node.localToScene(node.getBoundsInLocal()).getMinX();
    }

    @Test
    void ctrlAndADigitSwitchesPages(FxRobot robot) {
        robot.clickOn("#weekView");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#monthView").tryQuery()).as("Ctrl+3: the month").isPresent();
        assertThat(robot.lookup("#pageMONTH").<ToggleButton>query().isSelected()).isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#pageWEEK").<ToggleButton>query().isSelected()).as("Ctrl+2: the week").isTrue();
        assertThat(robot.lookup("#pageWEEK").<ToggleButton>query().getTooltip().getText())
                .isEqualTo("Week (" + PlannerPage.WEEK.shortcutText() + ")");
    }

    @Test
    void theAgendaSaysWhichSessionsAreDrafts(FxRobot robot) {
        robot.interact(() -> robot.lookup("#weekView").<DateControl>query().setDate(monday));
        robot.interact(() -> window.presenter().showPage(PlannerPage.AGENDA));
        WaitForAsyncUtils.waitForFxEvents();

        Label careerChatRow = robot.lookup("#agendaView").queryAll().iterator().next().lookupAll(".title-label").stream()
                .map(Label.class::cast).filter(label -> label.getText().startsWith("Career chat")).findFirst().orElseThrow();
        assertThat(careerChatRow.getText()).isEqualTo("Career chat  (draft)");
        assertThat(careerChatRow.getStyleClass()).contains(SessionEntries.DRAFT);
    }

    @Test
    void everyPageIsBuiltWhenFirstShownAndShowsTheSession(FxRobot robot) {
        assertThat(robot.lookup("#monthView").tryQuery()).as("pages not shown yet are not built").isEmpty();
        robot.interact(() -> robot.lookup("#weekView").<DateControl>query().setDate(monday.plusDays(1)));
        for (PlannerPage page : List.of(PlannerPage.DAY, PlannerPage.MONTH, PlannerPage.AGENDA, PlannerPage.WEEK)) {
            robot.interact(() -> window.presenter().showPage(page));
            WaitForAsyncUtils.waitForFxEvents();
            Node control = robot.lookup("#" + page.name().toLowerCase(Locale.ROOT) + "View").query();
            assertThat(control.getScene()).as(page + " is in the window").isNotNull();
            // The grids show entry views; the agenda lists entries in cells with labels.
            assertThat(control.lookupAll("*").stream()
                              .filter(n -> n instanceof EntryViewBase<?> v
                                      && "Career chat".equals(v.getEntry().getTitle())
                                      || n instanceof Labeled l && l.getText() != null
                                      && l.getText().contains("Career chat")))
                    .as(page + " shows the session").isNotEmpty();
        }
    }

    @Test
    void onlineSessionWithoutUrlCannotBeSavedAndTheMessageNamesTheField(FxRobot robot) {
        robot.clickOn("#newSession");
        robot.clickOn("#methodOnline");

        assertThat(robot.lookup("#saveDraft").<Button>query().isDisabled()).isTrue();
        assertThat(robot.lookup("#publish").<Button>query().isDisabled()).isTrue();
        assertThat(robot.lookup("#problems").<Label>query().getText()).contains("Meeting URL");

        robot.clickOn("#meetingUrl").write("https://meet.example.org/x");

        assertThat(robot.lookup("#saveDraft").<Button>query().isDisabled()).isFalse();
        robot.clickOn("#cancel");
    }

    @Test
    void movingABlockPersistsAndUndoPutsItBackInGridAndDatabase(FxRobot robot) {
        DayEntryView block = WeekGrid.block(robot, "Career chat");
        Point2D grab = block.localToScreen(block.getWidth() / 2, block.getHeight() / 2);
        DayView column = WeekGrid.column(robot, monday.plusDays(1));
        ZoneId zone = column.getZoneId();
        double hour = at(column, monday.plusDays(1).atTime(7, 0), zone).getY() - at(column, monday.plusDays(1).atTime(6, 0), zone).getY();

        robot.moveTo(grab).press(MouseButton.PRIMARY).moveBy(0, hour / 2).moveBy(0, hour / 2).release(MouseButton.PRIMARY);

        assertThat(storedSession(careerChat.id()).startInstant()).isEqualTo(careerChat.startInstant().plusSeconds(3600));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);

        assertThat(storedSession(careerChat.id()).startInstant()).isEqualTo(careerChat.startInstant());
        assertThat(window.presenter().entryOf(careerChat.id()).orElseThrow().getStartAsZonedDateTime().toInstant())
                .isEqualTo(careerChat.startInstant());
    }

    @Test
    void deleteKeyRemovesTheSelectedDraftAndCtrlZBringsItBack(FxRobot robot) {
        robot.clickOn(WeekGrid.block(robot, "Career chat"));
        robot.type(KeyCode.DELETE);

        boolean stillStored = stored(service -> service.find(careerChat.id()).isPresent());
        assertThat(stillStored).as("deleted in the file").isFalse();
        assertThat(window.presenter().entryOf(careerChat.id())).isEmpty();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);

        assertThat(storedSession(careerChat.id()).details()).isEqualTo(careerChat.details());
        assertThat(window.presenter().entryOf(careerChat.id())).isPresent();
    }

    @Test
    void contextMenuEditsAndDuplicates(FxRobot robot) {
        openContextMenu(robot, WeekGrid.block(robot, "Career chat"));
        robot.clickOn("_Edit…");
        robot.doubleClickOn("#title").eraseText(11).write("Career talk");
        robot.clickOn("#saveDraft");
        assertThat(storedSession(careerChat.id()).details().title()).isEqualTo("Career talk");

        openContextMenu(robot, WeekGrid.block(robot, "Career talk"));
        robot.clickOn("_Duplicate");
        assertThat(robot.lookup("#title").<TextField>query().getText()).isEqualTo("Career talk");
        robot.clickOn("#saveDraft");

        List<MentorshipSession> talks = storedSessions().stream()
                                                  .filter(s -> s.details().title().equals("Career talk")).toList();
        assertThat(talks).hasSize(2);
        assertThat(talks.get(1).details().localStart()).as("the copy takes the next free slot")
                                                       .isEqualTo(careerChat.details().localStart().plusHours(1));
    }

    @Test
    void addingAMenteeDirectlyBooksTheSessionAndShowsItInTheirMySessions(FxRobot robot) {
        Person mia = demo.people.get("mia");
        openContextMenu(robot, WeekGrid.block(robot, "Career chat"));
        robot.clickOn("_Edit…");
        robot.interact(() -> robot.lookup("#mentee").<ComboBox<Person>>query().setValue(mia));
        robot.clickOn("#saveDraft");

        MentorshipSession booked = storedSession(careerChat.id());
        assertThat(booked.isBooked()).isTrue();
        assertThat(booked.status()).isEqualTo(SessionStatus.PUBLISHED);
        assertThat(window.presenter().entryOf(careerChat.id()).orElseThrow().getStyleClass()).contains(SessionEntries.BOOKED);

        choosePage(robot, PlannerPage.MY_SESSIONS);
        robot.interact(() -> robot.lookup("#myMentee").<ComboBox<Person>>query().setValue(mia));

        assertThat(robot.lookup("#mySessions").<ListView<String>>query().getItems())
                .singleElement().asString().contains("Career chat").contains("Ada Lovelace");
    }

    @Test
    void copyBookingLinkPutsThePublishedSessionsUrlOnTheClipboard(FxRobot robot) {
        openContextMenu(robot, WeekGrid.block(robot, "Career chat"));
        robot.clickOn("_Publish");
        String token = storedSession(careerChat.id()).bookingToken();
        assertThat(token).isNotNull();

        openContextMenu(robot, WeekGrid.block(robot, "Career chat"));
        robot.clickOn("Copy booking _link");

        String url = clipboardText(robot);
        assertThat(url).isEqualTo(Settings.DEFAULT_PORTAL_BASE_URL + token);
        assertThat(robot.lookup("#statusMessage").<Label>query().getText()).isEqualTo("Booking link copied: " + url);
    }

    // ---- helpers ----

    /** Whether {@code node} and every parent of it are visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Clicks the page's button, or picks it from the page menu when the window is too narrow for the buttons. */
    private static void choosePage(FxRobot robot, PlannerPage page) {
        if (shown(robot.lookup("#pageMenu").query())) {
            robot.clickOn("#pageMenu");
            // The item in the open menu: the hidden page buttons carry the same labels.
            Node item = robot.lookup(".menu-item").match((Node n) -> n.isVisible()
                    && n.lookup(".label") instanceof Label label && page.mnemonicLabel().equals(label.getText())).query();
            robot.clickOn(item);
        } else {
            robot.clickOn("#page" + page.name());
        }
    }

    private static String clipboardText(FxRobot robot) {
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> text.set(Clipboard.getSystemClipboard().getString()));
        return text.get();
    }

    /** Reads the database file the way a second process would. */
    private <T> T stored(Function<SessionService, T> query) {
        return fixture.stored(workspace -> query.apply(workspace.service(SessionService.class)));
    }

    private MentorshipSession storedSession(long id) {
        return stored(service -> service.require(id));
    }

    private List<MentorshipSession> storedSessions() {
        return stored(service -> service.list(SessionQuery.all()));
    }

    private MentorshipSession onlySessionTitled(String title) {
        return storedSessions().stream().filter(s -> s.details().title().equals(title))
                         .reduce((a, b) -> {
                             throw new AssertionError("two sessions titled " + title);
                         }).orElseThrow(() -> new AssertionError("no session titled " + title));
    }

    /**
     * Right-clicks a block and asks for its context menu. On a desktop the OS turns the right
     * click into the request; Monocle's headless platform does not, so the test sends it.
     */
    private static void openContextMenu(FxRobot robot, Node block) {
        robot.rightClickOn(block);
        robot.interact(() -> {
            Point2D screen = block.localToScreen(block.getLayoutBounds().getWidth() / 2, block.getLayoutBounds().getHeight() / 2);
            Point2D local = block.screenToLocal(screen);
            block.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(),
                    screen.getX(), screen.getY(), false, new PickResult(block, screen.getX(), screen.getY())));
        });
    }

    /** A full hour on the column's day whose next hour is on screen too (the grid scrolls). */
    private static LocalDateTime firstVisibleFullHour(FxRobot robot, DayView column) {
        Node viewport = column;
        while (viewport != null && !viewport.getClass().getSimpleName().equals("DayViewScrollPane")) {
            viewport = viewport.getParent();
        }
        Bounds visible = (viewport == null ? column : viewport).localToScreen(
                (viewport == null ? column : viewport).getLayoutBounds());
        Point2D local = column.screenToLocal(visible.getMinX() + 5, visible.getMinY() + 10);
        LocalDateTime start = column.getZonedDateTimeAt(local.getX(), local.getY()).toLocalDateTime()
                                    .truncatedTo(ChronoUnit.HOURS).plusHours(1);
        assertThat(at(column, start.plusHours(1), column.getZoneId()).getY()).as("an hour fits on screen")
                                                                          .isLessThan(visible.getMaxY());
        return start;
    }

    private static Point2D at(DayView column, LocalDateTime time, ZoneId zone) {
        double y = column.getLocation(ZonedDateTime.of(time, zone));
        return column.localToScreen(column.getWidth() / 2, y + 1);
    }

    private static void drag(FxRobot robot, DayView column, Point2D from, Point2D to) {
        robot.moveTo(from).press(MouseButton.PRIMARY);
        robot.moveTo(new Point2D(from.getX(), (from.getY() + to.getY()) / 2));
        robot.moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

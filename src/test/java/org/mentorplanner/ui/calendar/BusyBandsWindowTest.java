package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.view.DayEntryView;
import com.calendarfx.view.DayView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
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
import org.mentorplanner.domain.busy.BusyBlock;
import org.mentorplanner.domain.busy.BusySource;
import org.mentorplanner.domain.busy.BusySourceKind;
import org.mentorplanner.service.BusyService;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.port.SessionQuery;
import org.mentorplanner.time.PinnedMoment;
import org.mentorplanner.ui.DemoWindow;
import org.mentorplanner.ui.DemoWindows;
import org.mentorplanner.ui.WeekGrid;
import org.mentorplanner.ui.duplicate.PreviewRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real planner window, headless, with busy time from Ada's own calendar (an .ics file). */
@ParameterizedClass
@MethodSource("org.mentorplanner.time.PinnedMoment#all")
@ExtendWith(ApplicationExtension.class)
class BusyBandsWindowTest {

    /** The moment the test runs at, through the app's clock; the grid shows its zone. */
    @Parameter
    PinnedMoment moment;

    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @RegisterExtension
    final DemoWindows windows = new DemoWindows();

    private DemoWindow fixture;
    private PlannerWindow window;
    /** Tuesday of this week, 06:30-07:30 in the grid's zone: Ada's class in her own calendar. */
    private ZonedDateTime classStart;
    /** A week after the office hours, an hour at the same time in Berlin: Ada's team meeting. */
    private ZonedDateTime meetingStart;

    @Start
    void start(Stage stage) {
        LocalDate monday = moment.today().with(DayOfWeek.MONDAY);
        classStart = monday.plusDays(1).atTime(6, 30).atZone(moment.zone());
        // A week after the office hours, at the same wall-clock time in Berlin, where the copy goes.
        meetingStart = monday.atTime(6, 0).atZone(moment.zone()).withZoneSameInstant(BERLIN).plusWeeks(1);
        fixture = windows.seeded(moment.clock(), (workspace, demo) -> {
            workspace.service(SessionService.class).create(Actor.owner(),
                    demo.hourInBerlinShownAt("ada", monday.atTime(6, 0), moment.zone(), "Office hours"), false);
            BusyService busy = workspace.service(BusyService.class);
            BusySource source = busy.add(Actor.owner(), "ada@example.org", BusySourceKind.ICS_FILE,
                    calendar(event("class", classStart), event("meeting", meetingStart)).toString(), "");
            assertThat(busy.refresh(source.id(), "").failed()).isFalse();
        });
        window = fixture.open(stage);
    }

    private static String event(String uid, ZonedDateTime start) {
        return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:"
                + start.withZoneSameInstant(ZoneId.of("UTC")).format(UTC_STAMP) + "\r\nDTEND:"
                + start.plusHours(1).withZoneSameInstant(ZoneId.of("UTC")).format(UTC_STAMP) + "\r\nSUMMARY:Private " + uid
                + "\r\nEND:VEVENT\r\n";
    }

    private Path calendar(String... events) {
        try {
            return Files.writeString(windows.folder().resolve("ada-" + System.nanoTime() + ".ics"),
                    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + String.join("", events) + "END:VCALENDAR\r\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<DayEntryView> bands(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#weekView").lookup((Node n) -> n instanceof DayEntryView v && BusyBands.isBand(v.getEntry()))
                    .<DayEntryView>queryAll().stream().filter(Node::isVisible).toList();
    }

    @Test
    void busyTimeIsAReadOnlyBandInTheRightColumnAtTheRightLocalTimeTitledBusy(FxRobot robot) {
        ZoneId grid = moment.zone(); // the week view's zone: the clock's
        ZonedDateTime local = classStart.withZoneSameInstant(grid);

        List<DayEntryView> bands = bands(robot);

        DayEntryView band = bands.stream().filter(v -> ((BusyBlock) v.getEntry().getUserObject()).start().equals(classStart.toInstant()))
                                 .findFirst().orElseThrow(() -> new AssertionError("no band for the class"));
        DayView column = WeekGrid.column(robot, local.toLocalDate());
        assertThat(isInside(band, column)).as("in the column of " + local.toLocalDate()).isTrue();
        assertThat(band.getEntry().getStartTime()).isEqualTo(local.toLocalTime());
        assertThat(band.getEntry().getEndTime()).isEqualTo(local.plusHours(1).toLocalTime());
        assertThat(band.getEntry().getTitle()).as("titles hidden by default").isEqualTo("Busy");
        assertThat(band.getEntry().getCalendar().getName()).isEqualTo("Busy – Ada Lovelace");
        assertThat(band.getEntry().getCalendar().isReadOnly()).isTrue();

        robot.doubleClickOn(band, MouseButton.PRIMARY);

        assertThat(window.presenter().openEditor()).as("a band never opens the session editor").isEmpty();
        List<MentorshipSession> stored =
                fixture.stored(w -> w.service(SessionService.class).list(SessionQuery.all()));
        assertThat(stored).as("and never becomes a session").hasSize(1);
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    @Test
    void bulkDuplicatesPreviewFlagsTheCopyThatFallsIntoBusyTime(FxRobot robot) {
        robot.clickOn(WeekGrid.block(robot, "Office hours"));
        robot.clickOn("#actions");
        robot.clickOn("_Bulk duplicate…");

        TableView<PreviewRow> preview = robot.lookup("#preview").query();
        PreviewRow nextWeek = preview.getItems().get(0);

        assertThat(nextWeek.date()).contains(String.valueOf(meetingStart.getDayOfMonth()));
        assertThat(nextWeek.flags()).isEqualTo("busy (skipped)");
        assertThat(nextWeek.note()).contains("Busy: the mentor's calendar has \"Busy\" "
                + meetingStart.toLocalTime() + "–" + meetingStart.plusHours(1).toLocalTime());
        assertThat(preview.getItems().subList(1, preview.getItems().size())).extracting(PreviewRow::flags).containsOnly("");
    }
}

package org.mentorplanner.ui.busy;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.view.DayEntryView;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.PlannerWindow;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.busy.BusySource;
import org.mentorplanner.domain.busy.BusySourceKind;
import org.mentorplanner.service.BusyService;
import org.mentorplanner.time.PinnedMoment;
import org.mentorplanner.ui.DemoWindow;
import org.mentorplanner.ui.calendar.BusyBands;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The busy sources dialog in the real window, headless: add a mentor's .ics file, see its band, show titles, remove it. */
@ExtendWith(ApplicationExtension.class)
class BusySourcesDialogTest {

    @TempDir
    static Path folder;

    private DemoWindow fixture;
    private PlannerWindow window;
    private Path calendar;

    @Start
    void start(Stage stage) throws Exception {
        LocalDate tuesday = PinnedMoment.DEFAULT.today().with(DayOfWeek.MONDAY).plusDays(1);
        String start = tuesday.atTime(7, 0).atZone(PinnedMoment.DEFAULT.zone()).withZoneSameInstant(ZoneId.of("UTC"))
                              .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        String end = tuesday.atTime(8, 0).atZone(PinnedMoment.DEFAULT.zone()).withZoneSameInstant(ZoneId.of("UTC"))
                            .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        calendar = Files.writeString(folder.resolve("grace-" + System.nanoTime() + ".ics"),
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTAMP:20260101T000000Z\r\n"
                        + "DTSTART:" + start + "\r\nDTEND:" + end + "\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                StandardCharsets.UTF_8);
        fixture = DemoWindow.seeded(folder, PinnedMoment.DEFAULT.clock(), (workspace, demo) -> { });
        window = fixture.open(stage);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    private List<String> bandTitles(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#weekView").lookup((Node n) -> n instanceof DayEntryView v && BusyBands.isBand(v.getEntry()))
                    .<DayEntryView>queryAll().stream().map(v -> v.getEntry().getTitle()).toList();
    }

    @Test
    void addingAFileShowsItsBandWithTheAgeOfTheCopyThenTitlesThenRemovingTakesItAway(FxRobot robot) {
        robot.clickOn("#busyTimesLink");
        ComboBox<Person> mentor = robot.lookup("#busyMentor").query();
        robot.interact(() -> {
            mentor.setValue(mentor.getItems().stream().filter(p -> p.name().equals("Grace Hopper")).findFirst().orElseThrow());
            robot.lookup("#busyKind").<ComboBox<BusySourceKind>>query()
                 .setValue(BusySourceKind.ICS_FILE);
        });
        robot.clickOn("#busyAddress").write(calendar.toString());
        robot.clickOn("#addSource");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<BusySourceRow> table = robot.lookup("#busySources").query();
        assertThat(table.getItems()).singleElement().satisfies(row -> {
            assertThat(row.mentor()).isEqualTo("Grace Hopper");
            assertThat(row.copy()).isEqualTo("1 busy time, just now");
            assertThat(row.problem()).isEmpty();
        });
        assertThat(robot.lookup("#busyStatus").queryLabeled().getText()).endsWith(": 1 busy time");
        assertThat(bandTitles(robot)).containsExactly("Busy");

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#toggleTitles");
        assertThat(bandTitles(robot)).containsExactly("Dentist");

        robot.clickOn("#removeSource");
        WaitForAsyncUtils.waitForFxEvents();
        List<BusySource> left = fixture.stored(w -> w.service(BusyService.class).sources());
        assertThat(left).isEmpty();
        assertThat(bandTitles(robot)).isEmpty();
    }
}

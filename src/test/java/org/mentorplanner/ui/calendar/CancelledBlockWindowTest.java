package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.view.DateControl;
import com.calendarfx.view.DayEntryView;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorplanner.app.PlannerWindow;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.ui.DemoWindow;
import org.mentorplanner.ui.DemoWindows;
import org.mentorplanner.ui.WeekGrid;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A selected cancelled block stays readable: its title contrasts with its background. */
@ExtendWith(ApplicationExtension.class)
class CancelledBlockWindowTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @RegisterExtension
    final DemoWindows windows = new DemoWindows();

    private DemoWindow fixture;
    private PlannerWindow window;

    @Start
    void start(Stage stage) {
        fixture = windows.seeded((workspace, org) -> {
            SessionService sessions = workspace.service(SessionService.class);
            long id = sessions.create(Actor.owner(), org.hourInBerlin("ada", MONDAY.plusDays(1).atTime(11, 0), "Cancelled chat"), true)
                              .session().id();
            sessions.cancel(Actor.owner(), id);
        });
        window = fixture.open(stage);
        window.presenter().showZone(ZoneId.of("Europe/Berlin"));
        DateControl week = (DateControl) window.presenter().view().lookup("#weekView");
        week.setDate(MONDAY);
        // Where the grid stands at first depends on the window; bring 11:00 into sight.
        week.setRequestedTime(LocalTime.of(11, 0));
    }

    @Test
    void aSelectedCancelledBlocksTitleContrastsWithItsBackground(FxRobot robot) {
        DayEntryView block = WeekGrid.block(robot, "Cancelled chat");
        robot.clickOn(block);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(block.getPseudoClassStates().toString()).contains("selected");

        Label title = block.lookupAll("*").stream().filter(n -> n instanceof Label l && "Cancelled chat".equals(l.getText()))
                           .map(Label.class::cast).findFirst().orElseThrow();
        Color text = over(Color.WHITE, (Color) title.getTextFill(), opacity(title));
        Color background = over(Color.WHITE, (Color) block.getBackground().getFills().get(0).getFill(), opacity(block));

        assertThat(contrast(text, background)).as("WCAG contrast of title and background").isGreaterThanOrEqualTo(4.5);
    }

    /** The opacity a node is drawn with: its own times its parents'. */
    private static double opacity(Node node) {
        double opacity = 1;
        for (Node n = node; n != null; n = n.getParent()) {
            opacity *= n.getOpacity();
        }
        return opacity;
    }

    private static Color over(Color base, Color paint, double opacity) {
        double a = paint.getOpacity() * opacity;
        return new Color(paint.getRed() * a + base.getRed() * (1 - a), paint.getGreen() * a + base.getGreen() * (1 - a),
                paint.getBlue() * a + base.getBlue() * (1 - a), 1);
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}

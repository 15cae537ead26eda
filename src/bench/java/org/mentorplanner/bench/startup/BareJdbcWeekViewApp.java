package org.mentorplanner.bench.startup;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.model.Interval;
import com.calendarfx.view.DetailedWeekView;
import com.calendarfx.view.EntryViewBase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.mentorplanner.app.StartupProbe;

/**
 * The fair yardstick of the start-up benchmark (issue 15): a bare JavaFX window of the app's
 * default size whose CalendarFX {@link DetailedWeekView} shows the same blocks of the same week
 * as the app, read from the same file with plain JDBC (no Guice, no Flyway, no style sheet of
 * ours): one calendar per mentor, one entry per session of the current week in this computer's
 * zone. Measured by the same {@link StartupProbe} as the app.
 *
 * <p>Usage: {@code BareJdbcWeekViewApp$Main FILE}.
 */
public final class BareJdbcWeekViewApp extends Application {

    @Override
    public void start(Stage stage) throws SQLException {
        String file = getParameters().getRaw().getFirst();
        ZoneId zone = ZoneId.systemDefault();
        // The week the app opens on: the computer's today (bench/startup.sh builds the file around it).
        LocalDate monday = LocalDate.now(Clock.systemDefaultZone()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant from = monday.atStartOfDay(zone).toInstant();
        Instant to = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
        Map<Long, Calendar<String>> calendars = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (PreparedStatement mentors = connection.prepareStatement("select id, name from person where is_mentor = 1 order by name");
                 ResultSet row = mentors.executeQuery()) {
                while (row.next()) {
                    Calendar<String> calendar = new Calendar<>(row.getString(2));
                    calendars.put(row.getLong(1), calendar);
                }
            }
            try (PreparedStatement sessions = connection.prepareStatement("select id, mentor_id, title, start_utc, end_utc"
                    + " from mentorship_session where start_utc < ? and start_utc > ? and end_utc > ? order by start_utc, id")) {
                sessions.setLong(1, to.toEpochMilli());
                sessions.setLong(2, from.toEpochMilli() - 12 * 3_600_000L);
                sessions.setLong(3, from.toEpochMilli());
                try (ResultSet row = sessions.executeQuery()) {
                    while (row.next()) {
                        Entry<String> entry = new Entry<>(row.getString(3), new Interval(Instant.ofEpochMilli(row.getLong(4)),
                                Instant.ofEpochMilli(row.getLong(5)), zone), Long.toString(row.getLong(1)));
                        calendars.get(row.getLong(2)).addEntry(entry);
                    }
                }
            }
        }
        CalendarSource source = new CalendarSource("Mentors");
        source.getCalendars().addAll(calendars.values());
        DetailedWeekView week = new DetailedWeekView();
        week.getCalendarSources().setAll(source);
        Scene scene = new Scene(week);
        stage.setTitle("Bare DetailedWeekView with the week's sessions");
        stage.setScene(scene);
        stage.setWidth(1280);
        stage.setHeight(820);
        stage.show();
        if (StartupProbe.requested()) {
            StartupProbe.watch(scene, () -> week.getWidth() > 0,
                    () -> "entry-views=" + StartupProbe.countVisible(week, EntryViewBase.class));
        }
    }

    /** Started from the class path like the app's launcher, which is not an Application either. */
    public static final class Main {

        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(BareJdbcWeekViewApp.class, args);
        }
    }
}

package org.mentorplanner.bench.startup;

import com.calendarfx.view.DetailedWeekView;
import com.calendarfx.view.EntryViewBase;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.mentorplanner.app.StartupProbe;

/**
 * The yardstick of the startup benchmark ({@code bench/startup.sh}): a bare JavaFX window of the
 * app's default size holding an empty CalendarFX {@link DetailedWeekView}, measured by the same
 * {@link StartupProbe} as the app (run it with {@code -Dmentorplanner.startupProbe=true}).
 */
public final class BareWeekViewApp extends Application {

    @Override
    public void start(Stage stage) {
        DetailedWeekView week = new DetailedWeekView();
        Scene scene = new Scene(week);
        stage.setTitle("Bare DetailedWeekView");
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
            Application.launch(BareWeekViewApp.class, args);
        }
    }
}

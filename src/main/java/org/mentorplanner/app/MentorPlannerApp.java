package org.mentorplanner.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.mentorplanner.store.DatabaseLocation;
import org.mentorplanner.ui.UserChoices;

/**
 * The desktop app: the planner window on one database file, given as {@code --db=FILE} or the
 * user's default file.
 */
public final class MentorPlannerApp extends Application {

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final List<PlannerWindow> windows = new ArrayList<>();
    /** The one clock of this run of the app: every window takes the time from it. */
    private final Clock clock = SystemTime.clock();
    /** The locale the desktop writes dates in, as the JVM found it before the app changed it. */
    private final Locale desktopLocale = Locale.getDefault(Locale.Category.FORMAT);

    @Override
    public void start(Stage stage) {
        CrashReporter.install(DatabaseLocation.logFolder());
        String db = getParameters().getNamed().get(Launcher.DB_PARAMETER);
        Path file = db == null || db.isBlank() ? DatabaseLocation.defaultFile() : Path.of(db);
        open(stage, file);
    }

    /** Opens {@code file} in {@code stage}; every window shares the one database thread. */
    private void open(Stage stage, Path file) {
        Preferences preferences = Preferences.userNodeForPackage(MentorPlannerApp.class).node("window");
        // Controls that format by themselves (the date pickers' popups, CalendarFX's day headers)
        // read the JVM's format locale: it is the one the window's DisplayFormats follow (ADR 30).
        Locale.setDefault(Locale.Category.FORMAT,
                UserChoices.in(preferences, desktopLocale).formats().locale());
        PlannerWindow window = new PlannerWindow(executor, preferences, clock, desktopLocale);
        window.setWindowOpener(other -> open(new Stage(), other));
        // A second launch on a file open elsewhere only brings that window forward and ends.
        boolean first = windows.isEmpty();
        window.setOnOpenElsewhere(() -> {
            if (first) {
                System.err.println(file.toAbsolutePath() + " is already open in a Mentor Planner window; it was brought to the front.");
                Platform.exit();
            }
        });
        windows.add(window);
        window.open(stage, file);
    }

    @Override
    public void stop() {
        windows.forEach(PlannerWindow::close);
        executor.close();
    }
}

package org.mentorplanner.app;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;
import org.mentorplanner.store.DatabaseLocation;

/**
 * The desktop app: the planner window on one database file, given as {@code --db=FILE} or the
 * user's default file.
 */
public final class MentorPlannerApp extends Application {

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private PlannerWindow window;

    @Override
    public void start(Stage stage) {
        String db = getParameters().getNamed().get(Launcher.DB_PARAMETER);
        Path file = db == null || db.isBlank() ? DatabaseLocation.defaultFile() : Path.of(db);
        window = new PlannerWindow(executor, Preferences.userNodeForPackage(MentorPlannerApp.class).node("window"),
                SystemTime.clock());
        window.open(stage, file);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        executor.close();
    }
}

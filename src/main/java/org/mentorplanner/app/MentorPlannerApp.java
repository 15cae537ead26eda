package org.mentorplanner.app;

import com.calendarfx.view.DetailedWeekView;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop app. (First cut: an empty week grid; the planner window issue builds it out.) */
public final class MentorPlannerApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Mentor Planner");
        stage.setScene(new Scene(new DetailedWeekView(), 1200, 800));
        stage.show();
    }
}

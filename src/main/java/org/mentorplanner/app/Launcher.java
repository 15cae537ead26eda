package org.mentorplanner.app;

import javafx.application.Application;

/**
 * Entry point of {@code mentor-planner.jar}. Not an {@link Application} itself, so the plain
 * class path start works with JavaFX inside the jar. (First cut: always opens the app; the
 * foundation issue adds the command line.)
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(MentorPlannerApp.class, args);
    }
}

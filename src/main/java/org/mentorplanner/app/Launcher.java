package org.mentorplanner.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import org.mentorplanner.cli.Cli;
import org.mentorplanner.store.DatabaseLocation;

/**
 * Entry point of {@code mentor-planner.jar}. With a command it runs the command line and exits
 * with its code; without one it opens the app. Not an {@link Application} itself, so the plain
 * class-path start works with JavaFX inside the jar.
 */
public final class Launcher {

    /** The app parameter that names the database file: {@code --db=FILE}. */
    public static final String DB_PARAMETER = "db";

    private static final String GUICE_BYTECODE_OPTION = "guice_bytecode_gen_option";

    private Launcher() {
    }

    public static void main(String[] args) {
        // We use no Guice AOP; without its class generation Guice does not touch sun.misc.Unsafe,
        // which JDK 24+ would warn about on stderr at every start.
        if (System.getProperty(GUICE_BYTECODE_OPTION) == null) {
            System.setProperty(GUICE_BYTECODE_OPTION, "DISABLED");
        }
        Cli cli = new Cli(GuiceWorkspace::open, DatabaseLocation.defaultFile(), Launcher::startApp);
        int code = cli.run(new PrintWriter(System.out, true, System.out.charset()),
                new PrintWriter(System.err, true, System.err.charset()), args);
        System.exit(code);
    }

    /** Opens the desktop app and returns when its last window closes. */
    private static void startApp(Optional<Path> database) {
        String[] parameters = database.map(file -> new String[] {"--" + DB_PARAMETER + "=" + file}).orElse(new String[0]);
        Application.launch(MentorPlannerApp.class, parameters);
    }
}

package org.mentorplanner.app;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
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

    /** The system property logback.xml takes the log folder from. */
    public static final String LOG_DIR_PROPERTY = "mentorplanner.log.dir";

    private static final String GUICE_BYTECODE_OPTION = "guice_bytecode_gen_option";

    private Launcher() {
    }

    public static void main(String[] args) {
        // We use no Guice AOP; without its class generation Guice does not touch sun.misc.Unsafe,
        // which JDK 24+ would warn about on stderr at every start.
        if (System.getProperty(GUICE_BYTECODE_OPTION) == null) {
            System.setProperty(GUICE_BYTECODE_OPTION, "DISABLED");
        }
        // Before the first logger: logback.xml reads it.
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, DatabaseLocation.logFolder().toString());
        }
        Optional<Path> training = AotTraining.requested();
        if (training.isPresent()) {
            AotTraining.run(training.get(), commandLine(SystemTime.clock()), Launcher::startApp);
            System.exit(0);
        }
        Optional<AppStart> app = appOnly(args);
        if (app.isPresent()) {
            startApp(app.get().database());
            System.exit(0);
        }
        Cli cli = commandLine(SystemTime.clock());
        // Results are not flushed line by line (a `session list` prints thousands); Cli.run flushes at the end.
        int code = cli.run(new PrintWriter(System.out, false, System.out.charset()),
                new PrintWriter(System.err, true, System.err.charset()), args);
        System.exit(code);
    }

    /** The command line on the default database; its commands' services are wired by hand where they can be (ADR 0041). */
    private static Cli commandLine(Clock clock) {
        return new Cli(file -> CommandLineWorkspace.open(file, clock), DatabaseLocation.defaultFile(), Launcher::startApp);
    }

    /** Arguments that only open the app, with the database they name (if any). */
    record AppStart(Optional<Path> database) {
    }

    /**
     * The app start that {@code args} ask for when they are {@code []}, {@code --db FILE} or
     * {@code --db=FILE}; anything else goes to the command line. Opening the app, the common
     * case, so skips building the command line, whose set-up (picocli reading every command's
     * annotations) adds several hundred milliseconds to the start.
     */
    static Optional<AppStart> appOnly(String[] args) {
        if (args.length == 0) {
            return Optional.of(new AppStart(Optional.empty()));
        }
        String file = args.length == 2 && args[0].equals("--db") ? args[1]
                : args.length == 1 && args[0].startsWith("--db=") ? args[0].substring("--db=".length()) : null;
        if (file == null || file.isBlank() || file.startsWith("-")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AppStart(Optional.of(Path.of(file))));
        } catch (InvalidPathException e) {
            return Optional.empty(); // the command line explains it
        }
    }

    /** Opens the desktop app and returns when its last window closes. */
    private static void startApp(Optional<Path> database) {
        String[] parameters = database.map(file -> new String[] {"--" + DB_PARAMETER + "=" + file}).orElse(new String[0]);
        Application.launch(MentorPlannerApp.class, parameters);
    }
}

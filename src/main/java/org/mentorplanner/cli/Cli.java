package org.mentorplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.service.CalendarServerException;
import org.mentorplanner.service.Workspace;
import org.mentorplanner.service.port.StorageException;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The command line: parses the arguments, runs one command on the services and reports how it
 * went as an exit code: {@link #OK}, {@link #REFUSED} (a one-line reason on stderr) or
 * {@link #USAGE} (the arguments make no sense; usage help on stderr).
 */
public final class Cli {

    public static final int OK = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;

    /** Starts the desktop app when no command is given. */
    @FunctionalInterface
    public interface AppStarter {
        /** Opens the app on {@code database}, or on its default database when empty; returns when the app closes. */
        void start(Optional<Path> database);
    }

    private final Workspace.Opener opener;
    private final Path defaultDatabase;
    private final AppStarter appStarter;
    private final UnaryOperator<String> environment;

    /**
     * @param opener          opens the database a command works on
     * @param defaultDatabase the database used without {@code --db}
     * @param appStarter      what runs when no command is given
     */
    public Cli(Workspace.Opener opener, Path defaultDatabase, AppStarter appStarter) {
        this(opener, defaultDatabase, appStarter, System::getenv);
    }

    /**
     * As above, with the environment variables the commands read (tests pass their own).
     *
     * @param environment the value of an environment variable, or {@code null} when it is not set
     */
    public Cli(Workspace.Opener opener, Path defaultDatabase, AppStarter appStarter, UnaryOperator<String> environment) {
        this.opener = opener;
        this.defaultDatabase = defaultDatabase;
        this.appStarter = appStarter;
        this.environment = environment;
    }

    /** Runs the command in {@code args}, writing to {@code out} and {@code err}; returns the exit code. */
    public int run(PrintWriter out, PrintWriter err, String... args) {
        try (CliContext context = new CliContext(opener, defaultDatabase, environment, out, err)) {
            int code = commandLine(context, args).setOut(out).setErr(err).execute(args);
            out.flush();
            err.flush();
            return code;
        }
    }

    /**
     * The picocli tree for {@code args}: only the command they name when picocli accepts them on
     * that ({@link CommandTree}), else every command, so that help and errors list them all.
     */
    private CommandLine commandLine(CliContext context, String... args) {
        Optional<List<CommandTree.Node>> chosen = CommandTree.chosen(args);
        if (chosen.isPresent()) {
            CommandLine lean = configured(CommandTree.withPath(new MentorPlannerCommand(context, appStarter), chosen.get()));
            try {
                lean.parseArgs(args);
                return lean;
            } catch (ParameterException e) {
                // refused: the full tree refuses it too, with its usage help listing every command
            }
        }
        return configured(CommandTree.full(new MentorPlannerCommand(context, appStarter)));
    }

    private CommandLine configured(CommandLine commandLine) {
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(Cli::handle);
        commandLine.setDefaultValueProvider(this::defaultValue);
        return commandLine;
    }

    private String defaultValue(ArgSpec arg) {
        return arg instanceof OptionSpec option && option.longestName().equals(MentorPlannerCommand.DB_OPTION)
                ? defaultDatabase.toString() : null;
    }

    /**
     * Refused input, storage failures and a calendar server that cannot be used become one line
     * on stderr; anything else is a bug and keeps its trace.
     */
    private static int handle(Exception e, CommandLine commandLine, ParseResult parsed) throws Exception {
        if (e instanceof InvalidInputException || e instanceof StorageException || e instanceof CalendarServerException) {
            PrintWriter err = commandLine.getErr();
            err.println(oneLine(e.getMessage()));
            err.flush();
            return REFUSED;
        }
        throw e;
    }

    private static String oneLine(String message) {
        return message == null ? "Refused." : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}

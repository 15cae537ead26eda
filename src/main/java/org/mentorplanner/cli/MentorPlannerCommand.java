package org.mentorplanner.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code mentor-planner [--db FILE] [--as EMAIL] <command>}: the top command. Without a command it
 * opens the desktop app. A new top-level command is one class plus one entry in {@link CommandTree#COMMANDS}.
 */
@Command(name = "mentor-planner",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        version = "Mentor Planner 0.1",
        description = "Plan mentorship sessions. Without a command, opens the app.")
public final class MentorPlannerCommand implements Callable<Integer> {

    static final String DB_OPTION = "--db";
    static final String AS_OPTION = "--as";

    private final CliContext context;
    private final Cli.AppStarter appStarter;

    @Spec
    private CommandSpec spec;

    MentorPlannerCommand(CliContext context, Cli.AppStarter appStarter) {
        this.context = context;
        this.appStarter = appStarter;
    }

    @Option(names = DB_OPTION, paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The database file (default: ${DEFAULT-VALUE}). `demo` and `import` create it if missing.")
    void database(Path file) {
        context.useDatabase(file);
    }

    @Option(names = AS_OPTION, paramLabel = "EMAIL", scope = ScopeType.INHERIT,
            description = "Act as this person, with their roles (default: the workspace owner, who may do everything).")
    void actAs(String email) {
        context.actAs(email);
    }

    /** The shared state of this run, for subcommands. */
    CliContext context() {
        return context;
    }

    @Override
    public Integer call() {
        if (spec.commandLine().getParseResult().hasMatchedOption(AS_OPTION)) {
            throw new ParameterException(spec.commandLine(),
                    "--as applies to commands; the app acts as the person chosen in its settings.");
        }
        boolean explicitDatabase = spec.commandLine().getParseResult().hasMatchedOption(DB_OPTION);
        appStarter.start(explicitDatabase ? Optional.of(context.databaseFile()) : Optional.empty());
        return Cli.OK;
    }
}

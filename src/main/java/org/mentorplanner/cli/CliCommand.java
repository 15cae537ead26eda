package org.mentorplanner.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Base of every command that does work: it gets the run's {@link CliContext} (database, acting
 * person, output). A command refuses bad input by throwing
 * {@link org.mentorplanner.domain.InvalidInputException} (exit 1, the message on stderr) and
 * reports nonsense arguments with {@link #usageError} (exit 2).
 */
public abstract class CliCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Does the command's work; returning normally means success. */
    protected abstract void run(CliContext cli) throws Exception;

    @Override
    public final Integer call() throws Exception {
        CliContext context = ((MentorPlannerCommand) spec.root().userObject()).context();
        if (createsDatabase()) {
            context.mayCreateDatabase();
        }
        context.checkActingPerson();
        run(context);
        return Cli.OK;
    }

    /** Whether this command may create the database file when it does not exist (commands that fill one). */
    protected boolean createsDatabase() {
        return false;
    }

    /** An error in the arguments: picocli prints it with the usage help and exits with {@link Cli#USAGE}. */
    protected final ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}

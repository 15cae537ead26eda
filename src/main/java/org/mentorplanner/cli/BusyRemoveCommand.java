package org.mentorplanner.cli;

import org.mentorplanner.service.BusyService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code busy remove ID}: forgets a busy source and its copy. */
@Command(name = "remove", description = "Remove a busy source and its local copy (the calendar itself is not touched).")
final class BusyRemoveCommand extends CliCommand {

    @Parameters(paramLabel = "ID", description = "The source's id, from `busy list`.")
    private long id;

    @Override
    protected void run(CliContext cli) {
        cli.service(BusyService.class).remove(cli.actor(), id);
        cli.out().println("Removed busy source #" + id + ".");
    }
}

package org.mentorplanner.cli;

import org.mentorplanner.service.SessionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code session delete ID}: deletes a draft for good, as the window's Delete does. */
@Command(name = "delete",
        description = "Delete a draft for good. Published and cancelled sessions are not deleted: cancel them instead.")
final class SessionDeleteCommand extends CliCommand {

    @Mixin
    private SessionId sessionId;

    @Override
    protected void run(CliContext cli) {
        cli.service(SessionService.class).delete(cli.actor(), sessionId.value());
        cli.out().println("Deleted session #" + sessionId.value() + ".");
    }
}

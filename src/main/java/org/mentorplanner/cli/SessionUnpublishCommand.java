package org.mentorplanner.cli;

import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.service.SessionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code session unpublish ID}: a published session goes back to draft and loses its booking link. */
@Command(name = "unpublish",
        description = "Take a published session back to draft; its booking link stops working. Refused while it is booked.")
final class SessionUnpublishCommand extends CliCommand {

    @Mixin
    private SessionId sessionId;

    @Override
    protected void run(CliContext cli) {
        SessionService sessions = cli.service(SessionService.class);
        boolean wasDraft = sessions.require(sessionId.value()).isDraft();
        MentorshipSession session = sessions.unpublish(cli.actor(), sessionId.value());
        cli.out().println(wasDraft
                ? "Session #" + session.id() + " is a draft already; nothing changed."
                : "Unpublished session #" + session.id() + ": it is a draft again and its booking link no longer works.");
    }
}

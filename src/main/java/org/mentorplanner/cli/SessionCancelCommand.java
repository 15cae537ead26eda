package org.mentorplanner.cli;

import java.util.List;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.service.SessionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code session cancel ID}: the session stays, read-only, and loses its booking link. */
@Command(name = "cancel",
        description = "Cancel a session. It stays in the calendar, read-only, and its booking link stops working.")
final class SessionCancelCommand extends CliCommand {

    @Mixin
    private SessionId sessionId;

    @Override
    protected void run(CliContext cli) {
        SessionService sessions = cli.service(SessionService.class);
        MentorshipSession before = sessions.require(sessionId.value());
        sessions.cancel(cli.actor(), sessionId.value());
        cli.out().println("Cancelled session #" + sessionId.value() + ".");
        if (before.isBooked()) {
            sessions.describe(List.of(before)).get(0).menteeIfBooked()
                    .ifPresent(mentee -> cli.notice("It was booked by " + mentee.displayName() + "; let them know."));
        }
    }
}

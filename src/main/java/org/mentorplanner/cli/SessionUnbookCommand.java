package org.mentorplanner.cli;

import java.util.List;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.service.SaveResult;
import org.mentorplanner.service.SessionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code session unbook ID}: takes the mentee off; the session stays published, open for booking. */
@Command(name = "unbook",
        description = "Take the booked mentee off a session. It stays published and open for booking, with the same booking link.")
final class SessionUnbookCommand extends CliCommand {

    @Mixin
    private SessionId sessionId;

    @Override
    protected void run(CliContext cli) {
        SessionService sessions = cli.service(SessionService.class);
        MentorshipSession before = sessions.require(sessionId.value());
        SaveResult saved = sessions.unbook(cli.actor(), sessionId.value());
        saved.notices().forEach(cli::notice);
        if (saved.session().revision() == before.revision()) {
            return; // it was not booked: the notice says so
        }
        cli.out().println("Unbooked session #" + sessionId.value() + "; it is open for booking again.");
        sessions.describe(List.of(before)).get(0).menteeIfBooked()
                .ifPresent(mentee -> cli.notice("It was booked by " + mentee.displayName() + "; let them know."));
    }
}

package org.mentorplanner.cli;

import java.util.List;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.service.SessionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code session publish ID}: a draft gets its booking link. */
@Command(name = "publish", description = "Publish a draft, so it gets a booking link.")
final class SessionPublishCommand extends CliCommand {

    @Mixin
    private SessionId sessionId;

    @Override
    protected void run(CliContext cli) {
        SessionService sessions = cli.service(SessionService.class);
        MentorshipSession published = sessions.publish(cli.actor(), sessionId.value());
        String link = sessions.describe(List.of(published)).get(0).bookingUrl();
        cli.out().println("Published session #" + sessionId.value() + ". Booking link: " + link);
    }
}

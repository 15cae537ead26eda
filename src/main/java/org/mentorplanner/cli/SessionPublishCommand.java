package org.mentorplanner.cli;

import java.util.List;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.service.SessionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code session publish ID}: a draft gets its booking link. */
@Command(name = "publish", description = "Publish a draft, so it gets a booking link.")
final class SessionPublishCommand extends CliCommand {

    @Parameters(paramLabel = "ID", description = "The session's id.")
    private long id;

    @Override
    protected void run(CliContext cli) {
        SessionService sessions = cli.service(SessionService.class);
        MentorshipSession published = sessions.publish(cli.actor(), id);
        String link = sessions.describe(List.of(published)).get(0).bookingUrl();
        cli.out().println("Published session #" + id + ". Booking link: " + link);
    }
}

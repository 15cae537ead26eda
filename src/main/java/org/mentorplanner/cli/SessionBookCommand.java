package org.mentorplanner.cli;

import java.util.List;
import org.mentorplanner.domain.Person;
import org.mentorplanner.service.SaveResult;
import org.mentorplanner.service.SessionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code session book ID --mentee EMAIL}: books the session for a mentee directly. */
@Command(name = "book",
        description = "Book a session for a mentee directly (no request needed). A draft is published at once;"
                + " a session booked by someone else is refused (unbook it first).")
final class SessionBookCommand extends CliCommand {

    @Mixin
    private SessionId sessionId;

    @Option(names = "--mentee", paramLabel = "EMAIL", required = true, description = "The mentee to book.")
    private String mentee;

    @Override
    protected void run(CliContext cli) {
        Person person = cli.person(mentee);
        SessionService sessions = cli.service(SessionService.class);
        int revision = sessions.require(sessionId.value()).revision();
        SaveResult saved = sessions.book(cli.actor(), sessionId.value(), person.id());
        saved.notices().forEach(cli::notice);
        if (saved.session().revision() == revision) {
            return; // booked by this mentee already: the notice says so
        }
        String link = sessions.describe(List.of(saved.session())).get(0).bookingUrl();
        cli.out().println("Booked session #" + sessionId.value() + " for " + person.displayName() + ". Booking link: " + link);
    }
}

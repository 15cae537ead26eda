package org.mentorplanner.cli;

import java.io.PrintWriter;
import java.util.List;
import org.mentorplanner.domain.LocalTimeAt;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.service.DescribedSession;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.format.SessionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code session show ID}: every field of one session, and its start at the other locations. */
@Command(name = "show", description = "Show one session in full.")
final class SessionShowCommand extends CliCommand {

    /** Output formats of one session. */
    enum Format { TEXT, JSON }

    @Mixin
    private SessionId sessionId;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    protected void run(CliContext cli) {
        SessionService sessions = cli.service(SessionService.class);
        DescribedSession view = sessions.describe(List.of(sessions.require(sessionId.value()))).get(0);
        List<Location> locations = cli.service(DirectoryService.class).locations();
        if (format == Format.JSON) {
            cli.out().println(SessionJson.object(view, locations, true));
        } else {
            print(cli.out(), view, locations);
        }
    }

    private static void print(PrintWriter out, DescribedSession view, List<Location> locations) {
        MentorshipSession session = view.session();
        SessionDetails d = session.details();
        out.println("Session #" + session.id() + ": " + session.displayTitle());
        line(out, "Status", SessionText.status(session));
        line(out, "Mentor", SessionText.person(view.mentor()));
        line(out, "Mentee", view.mentee() == null ? "none (open for booking)" : SessionText.person(view.mentee()));
        line(out, "Location", view.location().name() + " (" + session.zone().getId() + ", " + view.location().kind().label() + ")");
        line(out, "Start", session.start().format(SessionText.DAY_TIME));
        line(out, "End", session.end().format(SessionText.DAY_TIME));
        line(out, "Duration", Converters.Minutes.format(d.duration()));
        line(out, "Method", d.method().label());
        line(out, "Meeting URL", d.meetingUrl());
        line(out, "Place", d.place());
        line(out, "Groups", SessionText.groups(view.groups()));
        line(out, "Series", session.seriesId());
        line(out, "Booking link", view.bookingUrl());
        line(out, "Revision", Integer.toString(session.revision()));
        List<LocalTimeAt> elsewhere = LocalTimeAt.atOtherLocations(session.startInstant(), view.location(), locations);
        if (!elsewhere.isEmpty()) {
            out.println("Local start elsewhere:");
            for (LocalTimeAt at : elsewhere) {
                out.println("  " + at.location().name() + ": " + at.start().format(SessionText.DAY_TIME));
            }
        }
        if (!d.notes().isEmpty()) {
            out.println("Notes:");
            d.notes().lines().forEach(noteLine -> out.println("  " + noteLine));
        }
    }

    private static void line(PrintWriter out, String label, String value) {
        if (value != null && !value.isEmpty()) {
            out.printf("%-14s%s%n", label + ":", value);
        }
    }
}

package org.mentorplanner.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.service.DescribedSession;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.format.SessionJson;
import org.mentorplanner.service.port.SessionQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code session list [--mentor EMAIL] [--mentee EMAIL] [--from DATE] [--to DATE] [--format table|json]}. */
@Command(name = "list",
        description = {
                "List sessions, ordered by their local start: the date and time at each session's location, as printed.",
                "JSON: an array of objects with id, title, mentor, mentee, location, zone, start, end, method, url, groups, status, seriesId and localTimes."})
final class SessionListCommand extends CliCommand {

    /** Output formats of the list. */
    enum Format { TABLE, JSON }

    @Option(names = "--mentor", paramLabel = "EMAIL", description = "Only this mentor's sessions.")
    private String mentor;

    @Option(names = "--mentee", paramLabel = "EMAIL", description = "Only sessions booked by this mentee.")
    private String mentee;

    @Option(names = "--from", paramLabel = "DATE", converter = Converters.Date.class, description = "Only sessions on or after this date, like 2026-12-01.")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = Converters.Date.class, description = "Only sessions on or before this date.")
    private LocalDate to;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    protected void run(CliContext cli) {
        if (from != null && to != null && to.isBefore(from)) {
            throw usageError("--to " + to + " is before --from " + from + ".");
        }
        SessionQuery query = SessionQuery.all();
        if (mentor != null) {
            query = query.withMentors(Set.of(cli.person(mentor).id()));
        }
        if (mentee != null) {
            query = query.withMentee(cli.person(mentee).id());
        }
        // Wide enough for every zone (offsets lie within ±18:00); the local date is checked below.
        query = query.between(from == null ? null : from.atStartOfDay(ZoneOffset.MAX).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.MIN).toInstant());
        SessionService sessions = cli.service(SessionService.class);
        // Ordered as printed: by the local date and time at each session's location (a list in UTC
        // order read 09:30, 07:30, 10:00 for sessions in different zones), then by the instant.
        List<MentorshipSession> found = sessions.list(query).stream().filter(this::onChosenDates)
                .sorted(Comparator.comparing((MentorshipSession s) -> s.details().localStart())
                        .thenComparing(MentorshipSession::startInstant).thenComparingLong(MentorshipSession::id))
                .toList();
        List<DescribedSession> views = sessions.describe(found);
        if (format == Format.JSON) {
            List<Location> locations = cli.service(DirectoryService.class).locations();
            cli.out().println(SessionJson.array(views, locations, true));
        } else if (views.isEmpty()) {
            cli.out().println("No sessions.");
        } else {
            SessionText.table(views).print(cli.out());
        }
    }

    private boolean onChosenDates(MentorshipSession session) {
        LocalDate day = session.details().localStart().toLocalDate();
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}

package org.mentorplanner.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.service.DuplicationService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code session cancel-series SERIES --from DATE}: cancels the rest of a series in one go. */
@Command(name = "cancel-series",
        description = "Cancel every session of a series on or after a date (local date at each session's location)."
                + " They stay in the calendar, read-only, and their booking links stop working. Prints the cancelled ids.")
final class SessionCancelSeriesCommand extends CliCommand {

    @Parameters(paramLabel = "SERIES", description = "The series id that bulk-duplicate printed.")
    private String seriesId;

    @Option(names = "--from", paramLabel = "DATE", required = true, converter = Converters.Date.class,
            description = "The first date to cancel, like 2027-03-01.")
    private LocalDate from;

    @Override
    protected void run(CliContext cli) {
        List<MentorshipSession> cancelled = cli.service(DuplicationService.class).cancelSeries(cli.actor(), seriesId.strip(), from);
        if (cancelled.isEmpty()) {
            cli.out().println("Nothing to cancel: the series has no open session on or after " + from + ".");
            return;
        }
        cli.out().println(cancelled.stream().map(session -> String.valueOf(session.id())).collect(Collectors.joining(" ")));
        cli.notice("Cancelled " + cancelled.size() + (cancelled.size() == 1 ? " session" : " sessions") + " of the series.");
        long booked = cancelled.stream().filter(session -> session.details().hasMentee()).count();
        if (booked > 0) {
            cli.notice(booked + (booked == 1 ? " of them was" : " of them were") + " booked; let the mentees know.");
        }
    }
}

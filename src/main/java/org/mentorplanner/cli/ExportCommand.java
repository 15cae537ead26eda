package org.mentorplanner.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mentorplanner.service.ExportFormat;
import org.mentorplanner.service.ExportRequest;
import org.mentorplanner.service.ExportResult;
import org.mentorplanner.service.ExportService;
import org.mentorplanner.service.WorkProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export --format ics|html|csv|json --out DIR [--audience everyone|GROUP|EMAIL]
 * [--mentor EMAIL]... [--from DATE] [--to DATE] [--ics-per-mentor]}: writes the booking links of
 * published sessions into a folder and prints a summary. An unknown format, group, person or a
 * bad date is refused with exit code 1.
 */
@Command(name = "export",
        description = {"Export the booking links of published sessions that an audience may see.",
                "Exporting again into the same folder updates it: changed files are replaced, files of sessions "
                        + "no longer there are removed."})
final class ExportCommand extends CliCommand {

    // Format and audience are strings, not typed options: the service refuses a bad one (exit 1) with its own message.
    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "ics, html, csv or json.")
    private String format;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into; created if missing.")
    private Path out;

    @Option(names = "--audience", paramLabel = "WHO",
            description = "everyone (default: sessions open to all), a group name (adds that group's sessions) "
                    + "or a mentee's email (what they may book, plus their own bookings).")
    private String audience;

    @Option(names = "--mentor", paramLabel = "EMAIL", description = "Only this mentor's sessions; repeat for more. Default: every mentor.")
    private List<String> mentors = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", converter = Converters.Date.class,
            description = "First day, like 2026-12-01. Default: today.")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = Converters.Date.class,
            description = "Last day, inclusive. Default: no end.")
    private LocalDate to;

    @Option(names = "--ics-per-mentor", description = "ICS only: one calendar file per mentor instead of one for the audience.")
    private boolean icsPerMentor;

    @Override
    protected void run(CliContext cli) {
        ExportRequest request = new ExportRequest(ExportFormat.parse(format), out, audience, mentors, from, to, icsPerMentor);
        ExportResult result = cli.service(ExportService.class).export(request, WorkProgress.none());
        cli.out().println(result.summary());
    }
}

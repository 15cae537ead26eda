package org.mentorplanner.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mentorplanner.domain.recurrence.Frequency;
import org.mentorplanner.domain.recurrence.Recurrence;
import org.mentorplanner.domain.recurrence.RecurrenceEnd;
import org.mentorplanner.service.ConflictPolicy;
import org.mentorplanner.service.DuplicationPlan;
import org.mentorplanner.service.DuplicationRequest;
import org.mentorplanner.service.DuplicationResult;
import org.mentorplanner.service.DuplicationService;
import org.mentorplanner.service.PlannedCopy;
import org.mentorplanner.service.format.DuplicationPlanJson;
import org.mentorplanner.service.format.JsonWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code session bulk-duplicate ID... --every FREQUENCY (--count N | --until DATE) [options]}:
 * copies on a recurrence in one all-or-nothing run, or with {@code --dry-run} the preview only.
 */
@Command(name = "bulk-duplicate",
        description = {
                "Copy one or more sessions on a recurrence, keeping the wall-clock start at each session's location"
                + " across daylight-saving changes. All copies are made in one go (or none) and share a series id."
                + " Prints the series id and the new ids; with --dry-run prints the preview and writes nothing.",
                "Preview JSON: one object per planned copy with sourceId, date, start, end, zone, offset, flags, created and notes."})
final class SessionBulkDuplicateCommand extends CliCommand {

    /** Output formats of the preview and the result. */
    enum Format { TABLE, JSON }

    /** Exactly one end of the recurrence. */
    static final class End {
        @Option(names = "--count", paramLabel = "N", required = true, description = "Make N copies of each session.")
        Integer count;

        @Option(names = "--until", paramLabel = "DATE", required = true, converter = Converters.Date.class,
                description = "Make copies up to and including this date, like 2027-06-30.")
        LocalDate until;

        RecurrenceEnd toEnd() {
            return count != null ? RecurrenceEnd.count(count) : RecurrenceEnd.until(until);
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    @Parameters(paramLabel = "ID", arity = "1..*", description = "The sessions to copy.")
    private List<Long> ids;

    @Option(names = "--every", paramLabel = "FREQUENCY", required = true, converter = FrequencyConverter.class,
            description = "day, weekday (Monday to Friday), week, 2weeks (any Nweeks), month-weekday (\"2nd Tuesday\") or month-last-weekday (\"last Friday\").")
    private Frequency every;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private End end;

    @Option(names = "--keep-mentee", description = "Carry a booked mentee over to every copy (a recurring session with them).")
    private boolean keepMentee;

    @Option(names = "--publish", description = "Publish the copies, so each gets its own booking link.")
    private boolean publish;

    @Option(names = "--on-conflict", paramLabel = "POLICY", defaultValue = "skip",
            description = "What to do with a copy that overlaps another session of the same mentor, or busy time from the mentor's own calendars: skip, keep or abort (default: ${DEFAULT-VALUE}).")
    private ConflictPolicy onConflict;

    @Option(names = "--dry-run", description = "Print the preview of every copy with its flags; write nothing.")
    private boolean dryRun;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    protected void run(CliContext cli) {
        DuplicationRequest request = new DuplicationRequest(ids, new Recurrence(every, end.toEnd()), keepMentee, publish, onConflict);
        DuplicationService duplication = cli.service(DuplicationService.class);
        if (dryRun) {
            printPlan(cli, duplication.plan(cli.actor(), request));
            return;
        }
        DuplicationResult result = duplication.run(cli.actor(), request);
        cli.notice(result.plan().summary() + ".");
        if (format == Format.JSON) {
            JsonWriter json = new JsonWriter(true).beginObject()
                    .name("seriesId").value(result.created().isEmpty() ? null : result.seriesId())
                    .name("ids").beginArray();
            result.createdIds().forEach(json::value);
            cli.out().println(json.endArray().endObject());
        } else if (result.created().isEmpty()) {
            cli.out().println("No copies were made.");
        } else {
            cli.out().println("Series " + result.seriesId());
            cli.out().println(result.createdIds().stream().map(String::valueOf).collect(Collectors.joining(" ")));
        }
    }

    private void printPlan(CliContext cli, DuplicationPlan plan) {
        if (format == Format.JSON) {
            cli.out().println(DuplicationPlanJson.array(plan, true));
            return;
        }
        TextTable table = new TextTable("SOURCE", "DATE", "START", "END", "ZONE", "FLAGS", "ACTION", "NOTES");
        for (PlannedCopy copy : plan.copies()) {
            table.add(String.valueOf(copy.sourceId()), copy.date().toString(),
                    copy.start() == null ? null : copy.start().format(TIME),
                    copy.end() == null ? null : copy.end().format(TIME),
                    copy.zone() == null ? null : copy.zone().getId(),
                    copy.flags().stream().map(f -> f.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(",")),
                    copy.created() ? "create" : "skip",
                    String.join(" ", copy.notes()));
        }
        table.print(cli.out());
        cli.out().println(plan.summary() + ". Nothing was written (dry run).");
    }
}

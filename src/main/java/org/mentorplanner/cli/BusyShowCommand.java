package org.mentorplanner.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.busy.BusyBlock;
import org.mentorplanner.domain.busy.BusySource;
import org.mentorplanner.service.BusyService;
import org.mentorplanner.service.format.JsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code busy show --mentor EMAIL --from DATE --to DATE [--format json]}: a mentor's busy time
 * from the local copies. Dates are local dates in this computer's zone, both inclusive.
 */
@Command(name = "show", description = {"Show a mentor's busy times between two dates (inclusive, in this computer's time zone).",
        "JSON: an array of objects with start and end (ISO-8601 with offset), source (its id) and title (only where the source shows titles)."})
final class BusyShowCommand extends CliCommand {

    /** Output formats. */
    enum Format { TABLE, JSON }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd EEE HH:mm", Locale.ENGLISH);

    @Option(names = "--mentor", paramLabel = "EMAIL", required = true, description = "Whose busy times.")
    private String mentor;

    @Option(names = "--from", paramLabel = "DATE", required = true, converter = Converters.Date.class, description = "First day, like 2026-12-01.")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", required = true, converter = Converters.Date.class, description = "Last day.")
    private LocalDate to;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    protected void run(CliContext cli) {
        if (to.isBefore(from)) {
            throw usageError("--to " + to + " is before --from " + from + ".");
        }
        Person person = cli.person(mentor);
        ZoneId zone = cli.service(Clock.class).getZone();
        BusyService busy = cli.service(BusyService.class);
        List<BusyBlock> blocks = busy.busy(Set.of(person.id()), from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant());
        Map<Long, BusySource> sources = busy.sources(person.id()).stream()
                                            .collect(Collectors.toMap(BusySource::id, Function.identity()));
        if (format == Format.JSON) {
            JsonWriter json = new JsonWriter(true).beginArray();
            for (BusyBlock block : blocks) {
                json.beginObject()
                    .name("start").value(block.start().atZone(zone).toOffsetDateTime().toString())
                    .name("end").value(block.end().atZone(zone).toOffsetDateTime().toString())
                    .name("source").value(block.sourceId());
                BusySource source = sources.get(block.sourceId());
                if (source != null && source.showTitles()) {
                    json.name("title").value(block.title());
                }
                json.endObject();
            }
            cli.out().println(json.endArray());
        } else if (blocks.isEmpty()) {
            cli.out().println("No busy times.");
        } else {
            TextTable table = new TextTable("START", "END", "SOURCE", "TITLE");
            for (BusyBlock block : blocks) {
                table.add(block.start().atZone(zone).format(WHEN), block.end().atZone(zone).format(WHEN),
                        "#" + block.sourceId(), block.title());
            }
            table.print(cli.out());
        }
    }
}

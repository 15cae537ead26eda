package org.mentorplanner.cli;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.busy.BusySource;
import org.mentorplanner.service.BusyService;
import org.mentorplanner.service.DirectoryService;
import picocli.CommandLine.Command;

/** {@code busy list}: every busy source with the age of its copy and its last problem. */
@Command(name = "list", description = "List the busy sources: mentor, kind, address, how old the copy is, and why the last refresh failed.")
final class BusyListCommand extends CliCommand {

    @Override
    protected void run(CliContext cli) {
        List<BusySource> sources = cli.service(BusyService.class).sources();
        if (sources.isEmpty()) {
            cli.out().println("No busy sources. Add one with `busy add --mentor EMAIL --url URL`.");
            return;
        }
        Map<Long, String> emails = new HashMap<>();
        for (Person person : cli.service(DirectoryService.class).people()) {
            emails.put(person.id(), person.email());
        }
        Instant now = cli.service(Clock.class).instant();
        TextTable table = new TextTable("ID", "MENTOR", "KIND", "ADDRESS", "TITLES", "BUSY TIMES", "COPY", "PROBLEM");
        for (BusySource source : sources) {
            table.add(String.valueOf(source.id()), emails.get(source.mentorId()), source.kind().label(),
                    source.address() + (source.user().isEmpty() ? "" : " (" + source.user() + ")"),
                    source.showTitles() ? "shown" : "hidden", String.valueOf(source.copy().intervals()),
                    source.copy().describeAge(now), source.copy().problem());
        }
        table.print(cli.out());
    }
}

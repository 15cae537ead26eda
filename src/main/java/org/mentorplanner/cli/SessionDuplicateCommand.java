package org.mentorplanner.cli;

import java.time.LocalDateTime;
import org.mentorplanner.service.DuplicationService;
import org.mentorplanner.service.SaveResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code session duplicate ID --start DATE-TIME [--publish]}: one copy; prints the new id. */
@Command(name = "duplicate",
        description = "Copy a session to a new date and start time. The copy has every field but the booked mentee;"
                + " it starts as a draft, and gets its own booking link only when published.")
final class SessionDuplicateCommand extends CliCommand {

    @Mixin
    private SessionId id;

    @Option(names = "--start", paramLabel = "DATE-TIME", required = true, converter = Converters.DateTime.class,
            description = "The copy's start, wall clock at the session's location, like 2026-12-08T10:00.")
    private LocalDateTime start;

    @Option(names = "--publish", description = "Publish the copy at once, so it gets its own booking link.")
    private boolean publish;

    @Override
    protected void run(CliContext cli) {
        SaveResult saved = cli.service(DuplicationService.class).duplicate(cli.actor(), id.value(), start, publish);
        saved.notices().forEach(cli::notice);
        cli.out().println(saved.session().id());
    }
}

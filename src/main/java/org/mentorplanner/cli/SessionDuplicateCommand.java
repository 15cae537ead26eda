package org.mentorplanner.cli;

import java.time.LocalDateTime;
import org.mentorplanner.service.DuplicationService;
import org.mentorplanner.service.SaveResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code session duplicate ID [--start DATE-TIME] [--publish]}: one copy (at the next free slot without a start); prints the new id. */
@Command(name = "duplicate",
        description = "Copy a session to a new date and start time. The copy has every field but the booked mentee;"
                + " it starts as a draft, and gets its own booking link only when published.")
final class SessionDuplicateCommand extends CliCommand {

    @Mixin
    private SessionId id;

    @Option(names = "--start", paramLabel = "DATE-TIME", converter = Converters.DateTime.class,
            description = "The copy's start, wall clock at the session's location, like 2026-12-08T10:00. Without it the "
                    + "copy takes the next free slot after the session, as Duplicate in the window does.")
    private LocalDateTime start;

    @Option(names = "--publish", description = "Publish the copy at once, so it gets its own booking link.")
    private boolean publish;

    @Override
    protected void run(CliContext cli) {
        DuplicationService duplication = cli.service(DuplicationService.class);
        LocalDateTime copyStart = start;
        if (copyStart == null) {
            copyStart = duplication.nextFreeStart(id.value());
            cli.notice("No --start: the copy takes the next free slot, " + copyStart + ".");
        }
        SaveResult saved = duplication.duplicate(cli.actor(), id.value(), copyStart, publish);
        saved.notices().forEach(cli::notice);
        cli.out().println(saved.session().id());
    }
}

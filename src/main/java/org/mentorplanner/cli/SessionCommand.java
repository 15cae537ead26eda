package org.mentorplanner.cli;

import picocli.CommandLine.Command;

/** {@code session <command>}. A new session command is one class plus one entry in {@code subcommands}. */
@Command(name = "session",
        description = "Add, list, show, publish, cancel and duplicate mentorship sessions.",
        subcommands = {
                SessionAddCommand.class,
                SessionListCommand.class,
                SessionShowCommand.class,
                SessionPublishCommand.class,
                SessionCancelCommand.class,
                SessionDuplicateCommand.class,
                SessionBulkDuplicateCommand.class,
                SessionCancelSeriesCommand.class,
        })
final class SessionCommand {
}

package org.mentorplanner.cli;

import picocli.CommandLine.Command;

/** {@code session <command>}. A new session command is one class plus one entry in {@code subcommands}. */
@Command(name = "session",
        description = "Add, edit, list, show, publish, book, cancel, delete and duplicate mentorship sessions.",
        subcommands = {
                SessionAddCommand.class,
                SessionListCommand.class,
                SessionShowCommand.class,
                SessionEditCommand.class,
                SessionPublishCommand.class,
                SessionUnpublishCommand.class,
                SessionBookCommand.class,
                SessionUnbookCommand.class,
                SessionCancelCommand.class,
                SessionDeleteCommand.class,
                SessionDuplicateCommand.class,
                SessionBulkDuplicateCommand.class,
                SessionCancelSeriesCommand.class,
        })
final class SessionCommand {
}

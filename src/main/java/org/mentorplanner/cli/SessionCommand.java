package org.mentorplanner.cli;

import picocli.CommandLine.Command;

/** {@code session <command>}. A new session command is one class plus one entry under it in {@link CommandTree#COMMANDS}. */
@Command(name = "session",
        description = "Add, edit, list, show, publish, book, cancel, delete and duplicate mentorship sessions.")
final class SessionCommand {
}

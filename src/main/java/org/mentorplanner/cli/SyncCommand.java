package org.mentorplanner.cli;

import picocli.CommandLine.Command;

/** {@code sync <command>}: keeping outside calendars in step with the planner. */
@Command(name = "sync",
        description = "Sync published sessions with outside calendars; find and make calendars on a CalDAV server.")
final class SyncCommand {
}

package org.mentorplanner.cli;

import picocli.CommandLine.Command;

/** {@code sync <command>}: keeping outside calendars in step with the planner. */
@Command(name = "sync",
        description = "Sync published sessions with outside calendars; find and make calendars on a CalDAV server.",
        subcommands = {
                SyncCalDavCommand.class,
                SyncDiscoverCommand.class,
                SyncCreateCalendarCommand.class,
                SyncStatusCommand.class,
                SyncResolveCommand.class,
        })
final class SyncCommand {
}

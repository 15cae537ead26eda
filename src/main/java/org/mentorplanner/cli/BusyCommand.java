package org.mentorplanner.cli;

import picocli.CommandLine.Command;

/** {@code busy <command>}: mentors' other calendars, whose busy times the planner respects. */
@Command(name = "busy",
        description = {"Busy times from the calendars mentors already keep (an ICS address, an .ics file, a CalDAV calendar).",
                "A local copy is kept and refreshed on demand; it never leaves this computer."})
final class BusyCommand {

    /** The CalDAV password's variable, the same as for {@code sync caldav}; never stored. */
    static final String PASSWORD_VARIABLE = "MENTORPLANNER_CALDAV_PASSWORD";
}

package org.mentorplanner.cli;

import org.mentorplanner.service.CalendarDiscoveryService;
import org.mentorplanner.service.DiscoveredCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sync create-calendar --server URL --user NAME --name NAME}: makes a calendar for events
 * in the user's calendar home (MKCALENDAR) and prints its URL, for {@code sync caldav}.
 */
@Command(name = "create-calendar",
        description = {"Make a new calendar for events in your calendar home on a CalDAV server, found from its address"
                + " and your user name, and print its URL (for sync caldav).",
                "Refused when you have a calendar of that name already (the message gives its URL)."})
final class SyncCreateCalendarCommand extends CliCommand {

    @Mixin
    private CalDavLoginOptions login;

    @Option(names = "--name", paramLabel = "NAME", required = true,
            description = "The name calendar apps show, like \"Mentoring planning\"; the URL is made from it.")
    private String name;

    /**
     * Finding or making a calendar reads nothing from the planner's file, and often comes before
     * the first import: a missing file is created, as {@code import} does, instead of refused.
     */
    @Override
    protected boolean createsDatabase() {
        return true;
    }

    @Override
    protected void run(CliContext cli) {
        String password = login.password(cli);
        if (password.isEmpty()) {
            throw usageError("No password for " + login.user + ": set " + CalDavPassword.VARIABLE + " or give --password-file FILE.");
        }
        DiscoveredCalendar created = cli.service(CalendarDiscoveryService.class)
                                        .createCalendar(login.server, login.user, password, login.allowInsecureHttp, name);
        cli.out().println(created.url());
        cli.notice("Created the calendar \"" + created.displayName() + "\".");
    }
}

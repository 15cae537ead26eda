package org.mentorplanner.cli;

import org.mentorplanner.service.DemoDataService;
import picocli.CommandLine.Command;

/** {@code demo}: fills a fresh database with a sample organisation and two weeks of sessions. */
@Command(name = "demo",
        // The command list shows a description's first line alone: each line is a whole sentence.
        description = {
                "Fill a fresh database with a sample organisation and two weeks of sessions.",
                "Offices in five time zones and an online room, a coordinator, 8 mentors, 20 mentees in 4 groups,"
                        + " and sessions this week and next in every state.",
                "Refused when the database already has people."})
final class DemoCommand extends CliCommand {

    @Override
    protected boolean createsDatabase() {
        return true;
    }

    @Override
    protected void run(CliContext cli) {
        DemoDataService.Summary summary = cli.service(DemoDataService.class).fill();
        cli.out().println("Filled " + cli.databaseFile() + " with a demo organisation: " + summary.locations() + " locations, "
                + summary.people() + " people, " + summary.groups() + " groups and " + summary.sessions()
                + " sessions in the weeks of " + summary.firstMonday() + " and " + summary.firstMonday().plusWeeks(1) + ".");
    }
}

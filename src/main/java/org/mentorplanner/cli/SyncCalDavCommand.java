package org.mentorplanner.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.Settings;
import org.mentorplanner.service.CalendarSyncRequest;
import org.mentorplanner.service.CalendarSyncResult;
import org.mentorplanner.service.CalendarSyncService;
import org.mentorplanner.service.PlanningSyncResult;
import org.mentorplanner.service.PlanningSyncService;
import org.mentorplanner.service.SettingsService;
import org.mentorplanner.service.WorkProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sync caldav [--team URL] [--planning URL] [--user NAME] [--password-file FILE] [--dry-run] [--force]}:
 * syncs the published sessions open to everyone with a team calendar (taking the bookings made
 * there), and every session two-way with a planning calendar (ADR 0018), on a CalDAV server, and
 * prints what changed. One run syncs each calendar given or remembered, the team calendar first. The password comes from {@value #PASSWORD_VARIABLE} or a file, never from
 * the command line (other users see it in the process list) nor the database (ADR 0015).
 *
 * <p>Exit codes, as for every command: 0 in step; 1 refused input (a URL that is not an http(s)
 * link, a password file that cannot be read), the server could not be used, or events changed on
 * the server were left as they are (conflicts); 2 a usage error: something required is missing
 * (no URL given or remembered, a user name without a password).
 */
@Command(name = "caldav",
        description = {"Sync the published sessions open to everyone with a team calendar on a CalDAV server, "
                + "and every session two-way with a planning calendar shared by the planners.",
                "Creates, updates and deletes events; an event changed on the server since the last sync is left as it is "
                        + "and reported (--force overwrites it). The URL and user name are remembered for the next sync.",
                "The planning calendar is merged field by field: the same field changed here and there is a conflict, "
                        + "left for 'sync resolve ID --keep mine|theirs'.",
                "The password is read from the environment variable " + SyncCalDavCommand.PASSWORD_VARIABLE
                        + " or from --password-file, and is never stored."})
final class SyncCalDavCommand extends CliCommand {

    static final String PASSWORD_VARIABLE = CalDavPassword.VARIABLE;

    @Option(names = {"--team", "--url"}, paramLabel = "URL",
            description = "The team calendar collection's address, like https://dav.example.org/calendars/team/mentoring/. "
                    + "Default: the one used last time.")
    private String url;

    @Option(names = "--planning", paramLabel = "URL",
            description = "The planning calendar collection's address, like https://dav.example.org/calendars/team/planning/. "
                    + "Default: the one used last time.")
    private String planning;

    @Option(names = "--user", paramLabel = "NAME", description = "The user name on the server. Default: the one used last time.")
    private String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read the password from the first line of this file instead of " + PASSWORD_VARIABLE + ".")
    private Path passwordFile;

    @Option(names = "--dry-run", description = "Print what would be created, updated and deleted; change nothing.")
    private boolean dryRun;

    @Option(names = "--force", description = "Overwrite (or delete) events that were changed on the server since the last sync.")
    private boolean force;

    @Option(names = "--allow-insecure-http",
            description = "Send the password over plain http to another computer (it crosses the network unencrypted): "
                    + "only on a network you trust. Without it, a password goes only over https or to this computer.")
    private boolean allowInsecureHttp;

    @Override
    protected void run(CliContext cli) {
        String checkedUrl = url == null ? null : SettingsService.checkCalendarUrl(url);
        String checkedPlanning = planning == null ? null : SettingsService.checkCalendarUrl(planning);
        String password = password(cli);
        CalendarSyncService service = cli.service(CalendarSyncService.class);
        PlanningSyncService planner = cli.service(PlanningSyncService.class);
        CalendarSyncRequest request = new CalendarSyncRequest(checkedUrl, user, password, dryRun, force, allowInsecureHttp);
        boolean team = url != null || settings(cli).calendarUrl().isPresent();
        boolean shared = checkedPlanning != null || planner.planningUrl().isPresent();
        if (!team && !shared) {
            throw usageError("No team calendar is set up: give its CalDAV URL with --url, like "
                    + "https://dav.example.org/calendars/team/mentoring/ (or a planning calendar with --planning URL).");
        }
        String effectiveUser = user != null ? user.strip() : settings(cli).calendarUser().orElse("");
        if (!effectiveUser.isEmpty() && password.isEmpty()) {
            throw usageError("No password for " + effectiveUser + ": set " + PASSWORD_VARIABLE
                    + " or give --password-file FILE.");
        }
        List<String> refusals = new ArrayList<>();
        int booked = 0;
        int conflicts = 0;
        if (team) {
            CalendarSyncResult result = service.sync(request, WorkProgress.none());
            result.changes().forEach(cli.out()::println);
            result.conflicts().forEach(conflict -> cli.out().println("conflict: " + conflict));
            cli.out().println(result.summary());
            booked = result.booked();
            conflicts += result.conflicts().size();
            if (!result.conflicts().isEmpty() && !dryRun) {
                refusals.add(result.conflicts().size() == 1
                        ? "1 event was changed on the server since the last sync and was left as it is; sync with --force to overwrite it."
                        : result.conflicts().size() + " events were changed on the server since the last sync and were left as they are; "
                                + "sync with --force to overwrite them.");
            }
        }
        int pulled = 0;
        if (shared && dryRun) {
            cli.out().println("The planning calendar is not synced in a dry run: it would take the other planners' changes.");
        } else if (shared) {
            PlanningSyncResult result = planner.sync(planner.account(checkedPlanning, effectiveUser, password), WorkProgress.none());
            result.changes().forEach(cli.out()::println);
            result.problems().forEach(problem -> cli.out().println("not taken: " + problem));
            result.conflicts().forEach(conflict -> cli.out().println("conflict: " + conflict));
            cli.out().println(result.summary());
            pulled = result.pulled();
            conflicts += result.conflicts().size();
            if (!result.conflicts().isEmpty()) {
                refusals.add(result.conflicts().size() + (result.conflicts().size() == 1 ? " session was" : " sessions were")
                        + " changed both here and on the planning calendar; keep one side with 'sync resolve ID --keep mine|theirs'.");
            }
        }
        if (team && shared && !dryRun) {
            cli.out().println("In all: " + pulled + " pulled, " + booked + " booked, " + conflicts
                    + (conflicts == 1 ? " conflict." : " conflicts."));
        }
        if (!refusals.isEmpty()) {
            throw new InvalidInputException(String.join(" ", refusals));
        }
    }

    private static Settings settings(CliContext cli) {
        return cli.service(SettingsService.class).settings();
    }

    /** From the file, else the environment; empty when neither gives one. */
    private String password(CliContext cli) {
        return CalDavPassword.read(cli, passwordFile);
    }
}

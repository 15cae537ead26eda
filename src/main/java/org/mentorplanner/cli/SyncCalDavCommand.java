package org.mentorplanner.cli;

import java.nio.file.Path;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.service.CalendarSyncRequest;
import org.mentorplanner.service.CalendarSyncResult;
import org.mentorplanner.service.CalendarSyncService;
import org.mentorplanner.service.SettingsService;
import org.mentorplanner.service.WorkProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sync caldav [--url URL] [--user NAME] [--password-file FILE] [--dry-run] [--force]}:
 * syncs the published sessions open to everyone with a team calendar on a CalDAV server and
 * prints what changed. The password comes from {@value #PASSWORD_VARIABLE} or a file, never from
 * the command line (other users see it in the process list) nor the database (ADR 0015).
 *
 * <p>Exit codes, as for every command: 0 in step; 1 refused input (a URL that is not an http(s)
 * link, a password file that cannot be read), the server could not be used, or events changed on
 * the server were left as they are (conflicts); 2 a usage error: something required is missing
 * (no URL given or remembered, a user name without a password).
 */
@Command(name = "caldav",
        description = {"Sync the published sessions open to everyone with a team calendar on a CalDAV server.",
                "Creates, updates and deletes events; an event changed on the server since the last sync is left as it is "
                        + "and reported (--force overwrites it). The URL and user name are remembered for the next sync.",
                "The password is read from the environment variable " + SyncCalDavCommand.PASSWORD_VARIABLE
                        + " or from --password-file, and is never stored."})
final class SyncCalDavCommand extends CliCommand {

    static final String PASSWORD_VARIABLE = CalDavPassword.VARIABLE;

    @Option(names = "--url", paramLabel = "URL",
            description = "The calendar collection's address, like https://dav.example.org/calendars/team/mentoring/. "
                    + "Default: the one used last time.")
    private String url;

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
        String password = password(cli);
        CalendarSyncService service = cli.service(CalendarSyncService.class);
        CalendarSyncRequest request = new CalendarSyncRequest(checkedUrl, user, password, dryRun, force, allowInsecureHttp);
        if (url == null && settings(cli).calendarUrl().isEmpty()) {
            throw usageError("No team calendar is set up: give its CalDAV URL with --url, like "
                    + "https://dav.example.org/calendars/team/mentoring/.");
        }
        String effectiveUser = service.account(request).user();
        if (!effectiveUser.isEmpty() && password.isEmpty()) {
            throw usageError("No password for " + effectiveUser + ": set " + PASSWORD_VARIABLE
                    + " or give --password-file FILE.");
        }
        CalendarSyncResult result = service.sync(request, WorkProgress.none());
        result.changes().forEach(cli.out()::println);
        result.conflicts().forEach(conflict -> cli.out().println("conflict: " + conflict));
        cli.out().println(result.summary());
        if (!result.conflicts().isEmpty() && !dryRun) {
            throw new InvalidInputException(result.conflicts().size() == 1
                    ? "1 event was changed on the server since the last sync and was left as it is; sync with --force to overwrite it."
                    : result.conflicts().size() + " events were changed on the server since the last sync and were left as they are; "
                            + "sync with --force to overwrite them.");
        }
    }

    private static org.mentorplanner.domain.Settings settings(CliContext cli) {
        return cli.service(SettingsService.class).settings();
    }

    /** From the file, else the environment; empty when neither gives one. */
    private String password(CliContext cli) {
        return CalDavPassword.read(cli, passwordFile);
    }
}

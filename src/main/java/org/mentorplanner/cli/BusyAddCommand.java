package org.mentorplanner.cli;

import java.nio.file.Path;
import org.mentorplanner.domain.busy.BusySource;
import org.mentorplanner.domain.busy.BusySourceKind;
import org.mentorplanner.service.BusyRefresh;
import org.mentorplanner.service.BusyService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code busy add --mentor EMAIL (--url URL | --file FILE | --caldav URL --user U) [--show-titles]}. */
@Command(name = "add",
        description = {"Add a calendar whose events make a mentor busy, and read it at once.",
                "--url takes the calendar's secret/subscription address (https:// or webcal://), --file an exported .ics file, "
                        + "--caldav a CalDAV calendar collection (the password from " + BusyCommand.PASSWORD_VARIABLE
                        + " or --password-file; never stored)."})
final class BusyAddCommand extends CliCommand {

    /** Exactly one place the calendar comes from. */
    static final class Where {
        @Option(names = "--url", paramLabel = "URL", required = true, description = "An ICS subscription address.")
        String url;
        @Option(names = "--file", paramLabel = "FILE", required = true, description = "An .ics file on this computer.")
        Path file;
        @Option(names = "--caldav", paramLabel = "URL", required = true, description = "A CalDAV calendar collection (with --user).")
        String caldav;
    }

    @Option(names = "--mentor", paramLabel = "EMAIL", required = true, description = "Whose calendar it is.")
    private String mentor;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Where where;

    @Option(names = "--user", paramLabel = "NAME", description = "The CalDAV user name (with --caldav).")
    private String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Read the CalDAV password from this file's first line.")
    private Path passwordFile;

    @Option(names = "--show-titles", description = "Show the events' titles in the planner (default: just \"Busy\").")
    private boolean showTitles;

    @Override
    protected void run(CliContext cli) {
        if (where.caldav != null && (user == null || user.isBlank())) {
            throw usageError("--caldav needs --user NAME (the login on the CalDAV server).");
        }
        if (where.caldav == null && user != null) {
            throw usageError("--user goes with --caldav only.");
        }
        BusySourceKind kind = where.url != null ? BusySourceKind.ICS_URL : where.file != null ? BusySourceKind.ICS_FILE : BusySourceKind.CALDAV;
        String address = where.url != null ? where.url : where.file != null ? where.file.toString() : where.caldav;
        BusyService busy = cli.service(BusyService.class);
        BusySource source = busy.add(cli.actor(), mentor, kind, address, user);
        if (showTitles) {
            source = busy.showTitles(source.id(), true);
        }
        String password = kind == BusySourceKind.CALDAV ? BusyPasswords.read(cli, passwordFile) : "";
        BusyRefresh refresh = busy.refresh(source.id(), password);
        cli.out().println(source.id());
        if (refresh.failed()) {
            cli.notice("busy source #" + source.id() + " was added but " + refresh.message());
        } else {
            cli.notice("busy source #" + source.id() + ": " + refresh.message() + ".");
        }
    }
}

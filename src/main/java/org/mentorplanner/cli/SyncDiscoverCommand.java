package org.mentorplanner.cli;

import org.mentorplanner.service.CalendarDiscoveryService;
import org.mentorplanner.service.CalendarHome;
import org.mentorplanner.service.DiscoveredCalendar;
import org.mentorplanner.service.format.JsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sync discover --server URL --user NAME [--format text|json]}: finds the user's calendar
 * home on a CalDAV server and lists its calendars, so the URL for {@code sync caldav} need not
 * be known beforehand.
 */
@Command(name = "discover",
        description = {"List your calendars on a CalDAV server, from its address and your user name only"
                + " (the server names your calendar home; RFC 6764).",
                "Each calendar's URL is what sync caldav takes. The password is read from " + CalDavPassword.VARIABLE
                        + " or --password-file.",
                "JSON: an object with user, principal, home and calendars, each calendar with url, displayName,"
                        + " components and holdsEvents."})
final class SyncDiscoverCommand extends CliCommand {

    /** Output formats of the list. */
    enum Format { TEXT, JSON }

    @Mixin
    private CalDavLoginOptions login;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    private Format format;

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
        CalendarHome home = cli.service(CalendarDiscoveryService.class)
                               .discover(login.server, login.user, password, login.allowInsecureHttp);
        if (format == Format.JSON) {
            cli.out().println(json(login.user.strip(), home));
            return;
        }
        cli.out().println("Calendar home of " + login.user.strip() + ": " + home.home());
        if (home.calendars().isEmpty()) {
            cli.out().println("No calendars yet: make one with sync create-calendar --name NAME.");
            return;
        }
        TextTable table = new TextTable("URL", "NAME", "COMPONENTS");
        for (DiscoveredCalendar calendar : home.calendars()) {
            table.add(calendar.url().toString(), calendar.displayName(),
                    calendar.components().isEmpty() ? "any" : String.join(",", calendar.components()));
        }
        table.print(cli.out());
    }

    private static String json(String user, CalendarHome home) {
        JsonWriter json = new JsonWriter(true).beginObject()
                .name("user").value(user)
                .name("principal").value(home.principal().toString())
                .name("home").value(home.home().toString())
                .name("calendars").beginArray();
        for (DiscoveredCalendar calendar : home.calendars()) {
            json.beginObject()
                .name("url").value(calendar.url().toString())
                .name("displayName").value(calendar.displayName())
                .name("components").beginArray();
            calendar.components().forEach(json::value);
            json.endArray()
                .name("holdsEvents").value(calendar.holdsEvents())
                .endObject();
        }
        return json.endArray().endObject().toString();
    }
}

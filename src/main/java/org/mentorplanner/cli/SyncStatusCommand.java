package org.mentorplanner.cli;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mentorplanner.service.CalendarSyncService;
import org.mentorplanner.service.PlanningSyncService;
import org.mentorplanner.service.SettingsService;
import org.mentorplanner.service.SyncConflictView;
import org.mentorplanner.service.format.JsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sync status [--format text|json]}: per calendar its last sync and the local changes
 * waiting for the next one, and the open conflicts with the planning calendar. Reads only this
 * database: works offline.
 */
@Command(name = "status",
        description = {"Show when each calendar was last synced, how many local changes wait for the next sync, "
                + "and the sessions in conflict with the planning calendar. Works offline."})
final class SyncStatusCommand extends CliCommand {

    enum Format { TEXT, JSON }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    protected void run(CliContext cli) {
        CalendarSyncService team = cli.service(CalendarSyncService.class);
        PlanningSyncService planning = cli.service(PlanningSyncService.class);
        Optional<String> teamUrl = cli.service(SettingsService.class).settings().calendarUrl();
        Optional<String> planningUrl = planning.planningUrl();
        Optional<Instant> teamSync = teamUrl.flatMap(team::lastSync);
        Optional<Instant> planningSync = planningUrl.flatMap(planning::lastSync);
        int teamPending = team.pendingChanges();
        int planningPending = planning.pendingChanges();
        List<SyncConflictView> conflicts = planning.conflicts();
        if (format == Format.JSON) {
            JsonWriter json = new JsonWriter(true).beginObject().name("calendars").beginArray();
            calendar(json, "team", teamUrl, teamSync, teamPending);
            calendar(json, "planning", planningUrl, planningSync, planningPending);
            json.endArray().name("conflicts").beginArray();
            for (SyncConflictView conflict : conflicts) {
                json.beginObject().name("session").value(conflict.sessionId()).name("title").value(conflict.title())
                    .name("fields").beginArray();
                conflict.fields().forEach(field -> json.value(field.name().toLowerCase(Locale.ROOT)));
                json.endArray().name("mine").beginObject();
                conflict.fields().forEach(field -> json.name(field.name().toLowerCase(Locale.ROOT)).value(conflict.mine().get(field)));
                json.endObject().name("theirs").beginObject();
                conflict.fields().forEach(field -> json.name(field.name().toLowerCase(Locale.ROOT)).value(conflict.theirs().get(field)));
                json.endObject().name("foundAt").value(conflict.foundAt().toString()).endObject();
            }
            cli.out().println(json.endArray().endObject());
            return;
        }
        cli.out().println(line("Team calendar", teamUrl, teamSync, teamPending));
        cli.out().println(line("Planning calendar", planningUrl, planningSync, planningPending));
        if (conflicts.isEmpty()) {
            cli.out().println("No conflicts.");
        } else {
            cli.out().println(conflicts.size() + (conflicts.size() == 1 ? " conflict" : " conflicts")
                    + " (keep one side with 'sync resolve ID --keep mine|theirs'):");
            for (SyncConflictView conflict : conflicts) {
                cli.out().println("  session " + conflict.sessionId() + " " + conflict.title() + ": " + conflict.describe());
            }
        }
    }

    private static void calendar(JsonWriter json, String kind, Optional<String> url, Optional<Instant> synced, int pending) {
        json.beginObject().name("kind").value(kind).name("url");
        url.ifPresentOrElse(json::value, json::nullValue);
        json.name("lastSync");
        synced.ifPresentOrElse(at -> json.value(at.toString()), json::nullValue);
        json.name("pendingChanges").value((long) pending).endObject();
    }

    /** "Team calendar: URL, last synced 2026-11-01T12:00:00Z, 2 changes waiting." */
    private static String line(String name, Optional<String> url, Optional<Instant> synced, int pending) {
        if (url.isEmpty()) {
            return name + ": not set up.";
        }
        return name + ": " + url.get() + ", " + synced.map(at -> "last synced " + at).orElse("never synced") + ", "
                + (pending == 0 ? "no changes" : pending == 1 ? "1 change" : pending + " changes") + " waiting.";
    }

}

package org.mentorplanner.ui.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentorplanner.service.CalendarsSync;
import org.mentorplanner.service.format.DisplayFormats;

/**
 * The status bar's sync line: "Team synced 10:42 · Planning synced 10:40 · 2 changes waiting ·
 * 1 conflict", or why the background sync waits or failed.
 */
final class SyncStatusText {

    private SyncStatusText() {
    }

    /**
     * The line for {@code status}, with the background sync's {@code state} and {@code problem};
     * times in {@code zone} written with {@code formats}, the day only when it is not {@code today}.
     */
    static String of(CalendarsSync.Status status, BackgroundSync.State state, String problem, ZoneId zone, LocalDate today,
                     DisplayFormats formats) {
        if (!status.configured()) {
            return "Not synced: no calendar set up";
        }
        List<String> parts = new ArrayList<>();
        status.teamUrl().ifPresent(url -> parts.add(synced("Team", status.teamSynced(), zone, today, formats)));
        status.planningUrl().ifPresent(url -> parts.add(synced("Planning", status.planningSynced(), zone, today, formats)));
        if (status.pending() > 0) {
            parts.add(status.pending() + (status.pending() == 1 ? " change waiting" : " changes waiting"));
        }
        int conflicts = status.conflictIds().size();
        if (conflicts > 0) {
            parts.add("⚠ " + conflicts + (conflicts == 1 ? " conflict" : " conflicts"));
        }
        if (state == BackgroundSync.State.WAITING_FOR_PASSWORD) {
            parts.add("background sync waits for the password (open Sync to type it)");
        } else if (state == BackgroundSync.State.FAILED && problem != null) {
            parts.add("background sync failed: " + problem);
        }
        return String.join(" · ", parts);
    }

    private static String synced(String name, Optional<Instant> at, ZoneId zone, LocalDate today, DisplayFormats formats) {
        if (at.isEmpty()) {
            return name + " never synced";
        }
        var local = at.get().atZone(zone);
        String time = formats.time(local.toLocalTime());
        return name + " synced " + (local.toLocalDate().equals(today) ? time : formats.dayMonth(local.toLocalDate()) + " " + time);
    }
}

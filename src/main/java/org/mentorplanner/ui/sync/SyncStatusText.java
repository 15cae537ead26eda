package org.mentorplanner.ui.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mentorplanner.service.CalendarsSync;

/**
 * The status bar's sync line: "Team synced 10:42 · Planning synced 10:40 · 2 changes waiting ·
 * 1 conflict", or why the background sync waits or failed.
 */
final class SyncStatusText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private SyncStatusText() {
    }

    /**
     * The line for {@code status}, with the background sync's {@code state} and {@code problem};
     * times in {@code zone}, the day only when it is not {@code today}.
     */
    static String of(CalendarsSync.Status status, BackgroundSync.State state, String problem, ZoneId zone, LocalDate today) {
        if (!status.configured()) {
            return "Not synced: no calendar set up";
        }
        List<String> parts = new ArrayList<>();
        status.teamUrl().ifPresent(url -> parts.add(synced("Team", status.teamSynced(), zone, today)));
        status.planningUrl().ifPresent(url -> parts.add(synced("Planning", status.planningSynced(), zone, today)));
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

    private static String synced(String name, Optional<Instant> at, ZoneId zone, LocalDate today) {
        if (at.isEmpty()) {
            return name + " never synced";
        }
        var local = at.get().atZone(zone);
        return name + " synced " + (local.toLocalDate().equals(today) ? TIME : DAY_AND_TIME).format(local);
    }
}

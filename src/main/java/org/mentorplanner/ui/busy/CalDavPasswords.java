package org.mentorplanner.ui.busy;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;

/**
 * The CalDAV passwords of busy sources typed in this run of the app, so a refresh (by hand or
 * every N minutes) need not ask again. Kept in memory only, never stored (ADR 0015). FX thread.
 */
@Singleton
public final class CalDavPasswords {

    private final Map<Long, String> bySource = new HashMap<>();

    void remember(long sourceId, String password) {
        if (password != null && !password.isEmpty()) {
            bySource.put(sourceId, password);
        }
    }

    /** The password typed for the source in this run, or empty. */
    String of(long sourceId) {
        return bySource.getOrDefault(sourceId, "");
    }

    boolean knows(long sourceId) {
        return bySource.containsKey(sourceId);
    }

    void forget(long sourceId) {
        bySource.remove(sourceId);
    }

    /** A copy for work off the FX thread. */
    Map<Long, String> snapshot() {
        return Map.copyOf(bySource);
    }
}

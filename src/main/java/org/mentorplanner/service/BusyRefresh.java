package org.mentorplanner.service;

import org.mentorplanner.domain.busy.BusySource;

/**
 * How refreshing one busy source went.
 *
 * @param source  the source after the refresh (its copy's state updated)
 * @param outcome what happened
 * @param message one line for the user
 */
public record BusyRefresh(BusySource source, Outcome outcome, String message) {

    /** What a refresh did. */
    public enum Outcome {
        /** A new copy was read and stored. */
        UPDATED,
        /** The source had not changed; the copy was confirmed current. */
        UNCHANGED,
        /** The source could not be read; the last good copy stays. */
        FAILED
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }
}

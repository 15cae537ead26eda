package org.mentorplanner.ui.sync;

import jakarta.inject.Singleton;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * One sync at a time in the window: the dialog's and the background's take turns, so two never
 * push the same change at once. FX thread only.
 */
@Singleton
public final class SyncRuns {

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

    /** Marks a sync as running; false (and nothing changes) when one already runs. */
    public boolean tryStart() {
        if (running.get()) {
            return false;
        }
        running.set(true);
        return true;
    }

    /** Marks the running sync as finished. */
    public void finished() {
        running.set(false);
    }

    /** Whether a sync runs. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}

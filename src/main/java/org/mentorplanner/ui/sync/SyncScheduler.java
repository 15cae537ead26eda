package org.mentorplanner.ui.sync;

import com.google.inject.ImplementedBy;
import java.time.Duration;

/**
 * Calls back every so often on the FX thread: the background sync's clock. The app uses a
 * JavaFX timeline; tests bind one they trigger themselves, so no test waits for minutes.
 */
@ImplementedBy(TimelineSyncScheduler.class)
public interface SyncScheduler {

    /** A repeating call that can be stopped. */
    interface Repeating {
        void stop();
    }

    /** Calls {@code tick} on the FX thread every {@code period}, the first time one period from now. */
    Repeating every(Duration period, Runnable tick);
}

package org.mentorplanner.app;

import java.time.Clock;

/**
 * The one place the app asks the computer for the time. Everything else takes it from the
 * {@link Clock} that Guice binds (StoreModule), so tests can pin the moment and the zone.
 */
final class SystemTime {

    private SystemTime() {
    }

    /** The computer's clock in the computer's time zone. */
    static Clock clock() {
        return Clock.systemDefaultZone();
    }
}

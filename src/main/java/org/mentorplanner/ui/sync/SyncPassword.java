package org.mentorplanner.ui.sync;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.function.Function;

/**
 * The CalDAV password typed in the sync dialog, kept in memory while the app runs so that the
 * background sync can use it; never written anywhere (ADR 0015). Without one, the environment
 * variable {@value #VARIABLE} serves, as on the command line.
 */
@Singleton
public final class SyncPassword {

    /** The environment variable the command line reads the password from, too. */
    public static final String VARIABLE = "MENTORPLANNER_CALDAV_PASSWORD";

    private final Function<String, String> environment;
    private volatile String typed;

    /** Reads the process environment. */
    public SyncPassword() {
        this(System::getenv);
    }

    /** Reads {@code environment} instead of the process environment (tests). */
    SyncPassword(Function<String, String> environment) {
        this.environment = environment;
    }

    /** Remembers the password typed for this run of the app. */
    public void typed(String password) {
        typed = password == null || password.isEmpty() ? null : password;
    }

    /** The typed password, else the environment's, else nothing. */
    public Optional<String> get() {
        if (typed != null) {
            return Optional.of(typed);
        }
        return Optional.ofNullable(environment.apply(VARIABLE)).filter(p -> !p.isEmpty());
    }

    /** What the sync dialog fills in: only the typed one (the environment's is not shown). */
    Optional<String> typed() {
        return Optional.ofNullable(typed);
    }
}

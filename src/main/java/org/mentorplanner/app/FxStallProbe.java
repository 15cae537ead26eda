package org.mentorplanner.app;

import java.time.Instant;
import javafx.animation.AnimationTimer;

/**
 * A measuring hook for issue 15's "no FX-thread stall over 50 ms" (bench/README.md), off unless
 * the JVM runs with {@code -Dmentorplanner.fxStallProbe=true}: an animation timer keeps pulses
 * coming and prints every gap between two pulses longer than 50 ms to stderr
 * ({@code fx-stall gap-ms=… at-epoch-ms=…}), so a script driving the window can tell which of
 * its gestures held the FX thread up.
 */
public final class FxStallProbe {

    /** The system property that turns the probe on. */
    public static final String PROPERTY = "mentorplanner.fxStallProbe";

    private static final long REPORTED_NANOS = 50_000_000;

    private FxStallProbe() {
    }

    /** Starts the probe when requested; call on the FX thread. */
    public static void startIfRequested() {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0 && now - last > REPORTED_NANOS) {
                    System.err.printf("fx-stall gap-ms=%d at-epoch-ms=%d%n", (now - last) / 1_000_000,
                            Instant.now(SystemTime.clock()).toEpochMilli());
                }
                last = now;
            }
        }.start();
    }
}

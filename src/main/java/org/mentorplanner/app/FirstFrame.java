package org.mentorplanner.app;

import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs work once a window's content has been painted: after the first layout pass in which the
 * content is ready, and two pulses more, so the frame showing it has been rendered (the FX thread
 * never runs more than a frame ahead of the renderer). What the first frame does not need waits
 * here instead of competing with it for the CPU (ADR 0045); the start-up probe measures the same
 * moment.
 */
final class FirstFrame implements Runnable {

    /** Pulses after the one that laid the ready content out. */
    private static final int PULSES_AFTER_READY = 2;

    private final Scene scene;
    private final BooleanSupplier ready;
    private final Runnable then;
    private int pulsesLeft = -1;
    private boolean done;

    private FirstFrame(Scene scene, BooleanSupplier ready, Runnable then) {
        this.scene = scene;
        this.ready = ready;
        this.then = then;
    }

    /**
     * Runs {@code then} on the FX thread once {@code ready} holds after a layout pass of
     * {@code scene} and that frame is painted; asks for pulses until then, so {@code ready} should
     * come true soon. On the FX thread.
     */
    static void then(Scene scene, BooleanSupplier ready, Runnable then) {
        scene.addPostLayoutPulseListener(new FirstFrame(scene, ready, then));
        Platform.requestNextPulse();
    }

    @Override
    public void run() {
        if (done) {
            return;
        }
        if (pulsesLeft < 0 && ready.getAsBoolean()) {
            pulsesLeft = PULSES_AFTER_READY;
        } else if (pulsesLeft > 0) {
            pulsesLeft--;
        }
        if (pulsesLeft == 0) {
            done = true;
            // Not while the scene goes through its listeners.
            Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
            then.run();
        } else {
            Platform.requestNextPulse();
        }
    }
}

package org.mentorplanner.ui;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.util.Duration;

/**
 * Whether a busy indicator should show: only once work has gone on for a moment. Most database
 * work (a save, a move, a week's sessions) is done in a few dozen milliseconds; an indicator
 * that flashes up for that draws the eye for nothing, and an indeterminate progress bar
 * repaints every frame while it shows. The indicator hides as soon as the work is done. FX
 * thread only.
 */
public final class BusyIndicatorDelay {

    /** How long work must go on before the indicator shows. */
    public static final Duration DEFAULT_DELAY = Duration.millis(400);

    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final PauseTransition wait;
    /** Held so that a binding passed in (such as {@code pending > 0}) lives as long as this does. */
    private final ObservableBooleanValue busy;

    /** Follows {@code busy}, showing after {@code delay} of continuous work. */
    public BusyIndicatorDelay(ObservableBooleanValue busy, Duration delay) {
        this.busy = busy;
        wait = new PauseTransition(delay);
        wait.setOnFinished(e -> showing.set(true));
        busy.addListener((obs, was, now) -> follow(now));
        follow(busy.get());
    }

    private void follow(boolean busy) {
        if (busy) {
            if (!showing.get()) {
                wait.playFromStart();
            }
        } else {
            wait.stop();
            showing.set(false);
        }
    }

    /** True while the indicator should show. */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }
}

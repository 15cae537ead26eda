package org.mentorplanner.ui.sync;

import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/** The app's {@link SyncScheduler}: a JavaFX timeline, so the ticks arrive on the FX thread without a thread of their own. */
final class TimelineSyncScheduler implements SyncScheduler {

    @Override
    public Repeating every(Duration period, Runnable tick) {
        Timeline timeline = new Timeline(new KeyFrame(javafx.util.Duration.millis(period.toMillis()), e -> tick.run())); // qualified: the period is a java.time.Duration
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
        return timeline::stop;
    }
}

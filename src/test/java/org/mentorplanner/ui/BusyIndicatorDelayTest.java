package org.mentorplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.util.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar's busy indicator: shown only for work that goes on, hidden at once when it ends. */
class BusyIndicatorDelayTest {

    private static final Duration DELAY = Duration.millis(150);

    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void shortWorkNeverShowsTheIndicator() throws Exception {
        BusyIndicatorDelay indicator = FxThread.call(() -> new BusyIndicatorDelay(busy, DELAY));

        FxThread.run(() -> busy.set(true));
        FxThread.run(() -> busy.set(false));
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(indicator.showingProperty().get()).isFalse();
    }

    @Test
    void workThatGoesOnShowsTheIndicatorUntilItEnds() throws Exception {
        BusyIndicatorDelay indicator = FxThread.call(() -> new BusyIndicatorDelay(busy, DELAY));

        FxThread.run(() -> busy.set(true));
        assertThat(indicator.showingProperty().get()).isFalse();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> indicator.showingProperty().get());

        FxThread.run(() -> busy.set(false));
        assertThat(indicator.showingProperty().get()).isFalse();
    }

    @Test
    void workAlreadyGoingOnWhenWatchingStartsShowsAfterTheDelay() throws Exception {
        busy.set(true);
        BusyIndicatorDelay indicator = FxThread.call(() -> new BusyIndicatorDelay(busy, DELAY));

        assertThat(indicator.showingProperty().get()).isFalse();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> indicator.showingProperty().get());
    }

    @Test
    void newWorkRightAfterTheLastStartsTheWaitAfresh() throws Exception {
        BusyIndicatorDelay indicator = FxThread.call(() -> new BusyIndicatorDelay(busy, Duration.millis(400)));

        FxThread.run(() -> busy.set(true));
        Thread.sleep(250);
        FxThread.run(() -> busy.set(false));
        FxThread.run(() -> busy.set(true));
        Thread.sleep(250);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(indicator.showingProperty().get()).isFalse();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> indicator.showingProperty().get());
    }
}

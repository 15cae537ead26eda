package org.mentorplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorplanner.ui.FxThread;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What waits for the first frame runs once its content is ready and painted, and only once (ADR 0045). */
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {

    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(new StackPane(new Label("Opening…")), 400, 300);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void waitsWhileTheContentIsNotReadyThenRunsOnce() throws Exception {
        AtomicBoolean ready = new AtomicBoolean();
        AtomicInteger runs = new AtomicInteger();
        FxThread.run(() -> FirstFrame.then(scene, ready::get, runs::incrementAndGet));

        Thread.sleep(300); // many pulses: the probe asks for them while it waits
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runs).as("the content is not ready yet").hasValue(0);

        FxThread.run(() -> ready.set(true));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> runs.get() > 0);
        Thread.sleep(300);
        FxThread.run(() -> scene.getRoot().requestLayout()); // more pulses after it ran
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runs).as("once, not at every later pulse").hasValue(1);
    }

    @Test
    void runsOnlyAfterALayoutPassWithTheReadyContent() throws Exception {
        AtomicInteger pulsesSeen = new AtomicInteger();
        AtomicInteger seenWhenRun = new AtomicInteger(-1);
        FxThread.run(() -> {
            scene.addPostLayoutPulseListener(pulsesSeen::incrementAndGet);
            FirstFrame.then(scene, () -> true, () -> seenWhenRun.set(pulsesSeen.get()));
        });

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> seenWhenRun.get() >= 0);
        assertThat(seenWhenRun.get()).as("the pulse that found it ready and two more, so that frame was rendered")
                .isGreaterThanOrEqualTo(3);
    }
}

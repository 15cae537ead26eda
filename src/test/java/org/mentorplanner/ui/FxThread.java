package org.mentorplanner.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.testfx.util.WaitForAsyncUtils;

/** Runs test code on the FX thread and waits for it, rethrowing what it threw. */
public final class FxThread {

    private FxThread() {
    }

    public static <T> T call(Callable<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            }
        }));
        WaitForAsyncUtils.waitForFxEvents();
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        return result.get();
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}

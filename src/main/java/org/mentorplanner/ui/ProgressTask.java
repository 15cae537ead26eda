package org.mentorplanner.ui;

import java.util.concurrent.CancellationException;
import java.util.function.Function;
import javafx.concurrent.Task;
import org.mentorplanner.service.WorkProgress;

/**
 * Long service work (an export, a calendar sync) as a JavaFX task: its progress and message
 * follow the service's reports (coalesced onto the FX thread by {@link Task}), and cancelling it
 * stops the work at its next report.
 *
 * @param <R> what the work returns
 */
public final class ProgressTask<R> extends Task<R> {

    private final Function<WorkProgress, R> work;

    /** {@code work} runs the service call with the progress it is given. */
    public ProgressTask(Function<WorkProgress, R> work) {
        this.work = work;
    }

    @Override
    protected R call() {
        return work.apply((message, done, total) -> {
            if (isCancelled()) {
                throw new CancellationException("stopped");
            }
            updateMessage(message + "…");
            updateProgress(done, Math.max(total, 1));
        });
    }
}

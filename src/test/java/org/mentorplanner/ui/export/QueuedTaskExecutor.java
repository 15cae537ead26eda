package org.mentorplanner.ui.export;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.mentorplanner.ui.SameThreadTaskExecutor;
import org.mentorplanner.ui.TaskExecutor;

/** Holds work until the test runs it, so a test can look at the dialog while an export "runs". */
final class QueuedTaskExecutor implements TaskExecutor {

    private final Deque<Runnable> queue = new ArrayDeque<>();
    private final SameThreadTaskExecutor now = new SameThreadTaskExecutor();
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper(this, "pending");

    @Override
    public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        queue.add(() -> now.execute(work, onSuccess, onFailure));
        pending.set(queue.size());
    }

    /** Runs everything queued so far, in order. */
    void runAll() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
        pending.set(0);
    }

    int queued() {
        return queue.size();
    }

    @Override
    public ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }
}

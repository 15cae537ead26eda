package org.mentorplanner.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/** Runs work and its callback at once on the calling thread, so presenter tests are deterministic. */
public final class SameThreadTaskExecutor implements TaskExecutor {

    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper(this, "pending");

    @Override
    public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }
}

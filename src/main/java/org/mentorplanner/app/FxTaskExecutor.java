package org.mentorplanner.app;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.mentorplanner.ui.TaskExecutor;

/**
 * The app's database executor: one daemon thread runs all store work in order (SQLite has one
 * writer); results and failures come back on the FX thread.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private final ExecutorService database = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("database").daemon().factory());
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper(this, "pending");

    @Override
    public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        pending.set(pending.get() + 1);
        database.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                Platform.runLater(() -> {
                    pending.set(pending.get() - 1);
                    onFailure.accept(e);
                });
                return;
            }
            Platform.runLater(() -> {
                pending.set(pending.get() - 1);
                onSuccess.accept(result);
            });
        });
    }

    @Override
    public ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** Lets queued work finish (a few seconds at most), then stops the thread. */
    @Override
    public void close() {
        database.shutdown();
        try {
            database.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

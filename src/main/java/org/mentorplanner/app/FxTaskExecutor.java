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
 * writer); results and failures come back on the FX thread. Work that waits on the network runs
 * on a second thread, so a slow server never holds up the window's saves.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private final ExecutorService database = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("database").daemon().factory());
    private final ExecutorService network = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("network").daemon().factory());
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper(this, "pending");

    @Override
    public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        submit(database, work, onSuccess, onFailure);
    }

    @Override
    public <T> void executeNetworkBound(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        submit(network, work, onSuccess, onFailure);
    }

    private <T> void submit(ExecutorService thread, Callable<T> work, Consumer<? super T> onSuccess,
                            Consumer<? super Exception> onFailure) {
        pending.set(pending.get() + 1);
        thread.execute(() -> {
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

    /**
     * Lets queued store work finish (a few seconds at most), then stops the threads; a sync still
     * waiting on the server is stopped (its bookkeeping so far is written, the next sync goes on).
     */
    @Override
    public void close() {
        network.shutdownNow();
        database.shutdown();
        try {
            database.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

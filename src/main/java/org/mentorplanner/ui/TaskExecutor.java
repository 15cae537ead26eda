package org.mentorplanner.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;

/**
 * Runs store work off the FX thread and hands the result back on it. The app uses one database
 * thread (SQLite has one writer); tests use a same-thread twin so presenters are deterministic.
 */
public interface TaskExecutor {

    /**
     * Runs {@code work} on the database thread, then {@code onSuccess} or {@code onFailure} on the
     * FX thread.
     */
    <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    /**
     * Runs {@code work} that mostly waits on the network (a sync with a CalDAV server) on a thread
     * of its own, so the database thread stays free for the window's saves meanwhile; the store
     * transactions inside {@code work} still take turns with the database thread's (the storage
     * runs one at a time). Results come back on the FX thread as with {@link #execute}. By
     * default it runs on the database thread.
     */
    default <T> void executeNetworkBound(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        execute(work, onSuccess, onFailure);
    }

    /** How many pieces of work are queued or running; read on the FX thread (status bar progress). */
    ReadOnlyIntegerProperty pendingProperty();
}

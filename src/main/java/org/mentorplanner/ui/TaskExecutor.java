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

    /** How many pieces of work are queued or running; read on the FX thread (status bar progress). */
    ReadOnlyIntegerProperty pendingProperty();
}

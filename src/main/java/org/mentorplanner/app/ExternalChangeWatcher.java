package org.mentorplanner.app;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices when another program (the command line, a sync, a second app) commits to the open
 * database, by polling SQLite's {@code data_version} once a second on a thread of its own, and
 * then runs the window's refresh on the FX thread. The window's own saves do not count.
 */
final class ExternalChangeWatcher implements AutoCloseable {

    /** How often to look: well inside the two seconds in which the window should show a change. */
    static final long PERIOD_MILLIS = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(ExternalChangeWatcher.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "external-change-watcher");
        thread.setDaemon(true);
        return thread;
    });
    private final LongSupplier dataVersion;
    private final Runnable onChange;
    private long last;

    private ExternalChangeWatcher(LongSupplier dataVersion, Runnable onChange) {
        this.dataVersion = dataVersion;
        this.onChange = onChange;
    }

    /** Starts watching; {@code onChange} runs on the FX thread after another program's commit. */
    static ExternalChangeWatcher start(LongSupplier dataVersion, Runnable onChange) {
        ExternalChangeWatcher watcher = new ExternalChangeWatcher(dataVersion, onChange);
        watcher.timer.execute(() -> watcher.last = dataVersion.getAsLong());
        watcher.timer.scheduleWithFixedDelay(watcher::look, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        return watcher;
    }

    private void look() {
        try {
            long now = dataVersion.getAsLong();
            if (now != last) {
                last = now;
                Platform.runLater(onChange);
            }
        } catch (RuntimeException e) {
            // A busy or closed database: the next look tries again.
            LOG.debug("looking for other programs' changes failed", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

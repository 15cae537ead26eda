package org.mentorplanner.service;

/**
 * Progress of a calendar sync, for a dialog's progress bar, like {@link ExportProgress}: called
 * on the syncing thread. To cancel, throw (a {@link java.util.concurrent.CancellationException}):
 * the sync stops after the request under way, whose bookkeeping is already written, so the next
 * sync carries on from there.
 */
@FunctionalInterface
public interface SyncProgress {

    /**
     * @param message what is being done, for example "Updating Career chat"
     * @param done    changes sent so far
     * @param total   changes to send in all (at least {@code done})
     */
    void update(String message, long done, long total);

    /** Ignores progress: for the command line and tests. */
    static SyncProgress none() {
        return (message, done, total) -> {
        };
    }
}

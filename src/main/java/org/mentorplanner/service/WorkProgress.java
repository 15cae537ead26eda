package org.mentorplanner.service;

/**
 * Progress of long service work (an export, a calendar sync), for a dialog's progress bar.
 * Called on the working thread; a JavaFX {@code Task} forwards it with
 * {@code updateProgress}/{@code updateMessage}. To cancel, throw (a
 * {@link java.util.concurrent.CancellationException} when the task is cancelled): the work stops
 * at that point, and each service says what it leaves behind (an export: whole files that the
 * next export into the folder updates or removes; a sync: the bookkeeping of every request the
 * server accepted, so the next sync carries on).
 */
@FunctionalInterface
public interface WorkProgress {

    /**
     * @param message what is being done, for example "Writing files" or "Updating Career chat"
     * @param done    units of work done so far
     * @param total   units of work in all (at least {@code done})
     */
    void update(String message, long done, long total);

    /** Ignores progress: for the command line and tests. */
    static WorkProgress none() {
        return (message, done, total) -> {
        };
    }
}

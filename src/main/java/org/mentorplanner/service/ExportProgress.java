package org.mentorplanner.service;

/**
 * Progress of a long export, for a dialog's progress bar. Called on the exporting thread; a
 * JavaFX {@code Task} forwards it with {@code updateProgress}/{@code updateMessage}. To cancel,
 * throw (for example a {@link java.util.concurrent.CancellationException} when the task is
 * cancelled): the export stops, and what it wrote so far is whole files that the next export
 * into the folder updates or removes.
 */
@FunctionalInterface
public interface ExportProgress {

    /**
     * @param message what is being done, for example "Writing files"
     * @param done    units of work done so far
     * @param total   units of work in all (at least {@code done})
     */
    void update(String message, long done, long total);

    /** Ignores progress: for the command line and tests. */
    static ExportProgress none() {
        return (message, done, total) -> {
        };
    }
}

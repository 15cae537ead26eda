package org.mentorplanner.service;

/**
 * Watches a long bulk duplicate from another thread: progress as copies are written, and a
 * way to cancel it before the commit (a JavaFX {@code Task} maps these to {@code updateProgress}
 * and {@code isCancelled}). Called on the database thread.
 */
public interface RunMonitor {

    /** Neither reports nor cancels. */
    RunMonitor NONE = new RunMonitor() {
        @Override
        public void progress(int written, int total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code written} of {@code total} copies are written (not yet committed). */
    void progress(int written, int total);

    /** Whether the user asked to stop; checked between batches and once more before the commit. */
    boolean isCancelled();
}

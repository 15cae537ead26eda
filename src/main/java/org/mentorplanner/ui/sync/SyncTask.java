package org.mentorplanner.ui.sync;

import java.util.concurrent.CancellationException;
import javafx.concurrent.Task;
import org.mentorplanner.service.CalendarSyncRequest;
import org.mentorplanner.service.CalendarSyncResult;
import org.mentorplanner.service.CalendarSyncService;

/**
 * One sync as a JavaFX task: its progress and message follow the sync (coalesced onto the FX
 * thread by {@link Task}), and cancelling it stops the sync after the request under way, whose
 * bookkeeping is written, so the next sync carries on.
 */
final class SyncTask extends Task<CalendarSyncResult> {

    private final CalendarSyncService service;
    private final CalendarSyncRequest request;

    SyncTask(CalendarSyncService service, CalendarSyncRequest request) {
        this.service = service;
        this.request = request;
    }

    @Override
    protected CalendarSyncResult call() {
        return service.sync(request, (message, done, total) -> {
            if (isCancelled()) {
                throw new CancellationException("sync stopped");
            }
            updateMessage(message + "…");
            updateProgress(done, Math.max(total, 1));
        });
    }
}

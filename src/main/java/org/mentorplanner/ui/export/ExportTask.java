package org.mentorplanner.ui.export;

import java.util.concurrent.CancellationException;
import javafx.concurrent.Task;
import org.mentorplanner.service.ExportRequest;
import org.mentorplanner.service.ExportResult;
import org.mentorplanner.service.ExportService;

/**
 * One export as a JavaFX task: its progress and message follow the export (coalesced onto the
 * FX thread by {@link Task}), and cancelling it stops the export at its next step.
 */
final class ExportTask extends Task<ExportResult> {

    private final ExportService exports;
    private final ExportRequest request;

    ExportTask(ExportService exports, ExportRequest request) {
        this.exports = exports;
        this.request = request;
    }

    @Override
    protected ExportResult call() {
        return exports.export(request, (message, done, total) -> {
            if (isCancelled()) {
                throw new CancellationException("export stopped");
            }
            updateMessage(message + "…");
            updateProgress(done, Math.max(total, 1));
        });
    }
}

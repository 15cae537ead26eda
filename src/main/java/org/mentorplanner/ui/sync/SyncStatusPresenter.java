package org.mentorplanner.ui.sync;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tooltip;
import org.mentorplanner.service.CalendarsSync;
import org.mentorplanner.service.format.DisplayFormats;
import org.mentorplanner.ui.TaskExecutor;

/**
 * The sync line of the status bar: last sync per calendar, local changes waiting, conflicts and
 * the background sync's state, as a link that opens the sync dialog. Read on the database thread
 * after each sync and whenever the background sync's state changes.
 */
public final class SyncStatusPresenter {

    private final Hyperlink link = new Hyperlink();
    private final CalendarsSync calendars;
    private final TaskExecutor executor;
    private final BackgroundSync background;
    private final Clock clock;
    private CalendarsSync.Status status;

    /** How times are written (ADR 30). */
    private final DisplayFormats formats;

    @Inject
    public SyncStatusPresenter(CalendarsSync calendars, TaskExecutor executor, BackgroundSync background, Clock clock,
                               DisplayFormats formats) {
        this.formats = formats;
        this.calendars = calendars;
        this.executor = executor;
        this.background = background;
        this.clock = clock;
        link.setId("syncStatus");
        link.getStyleClass().add("sync-status");
        link.setTooltip(new Tooltip("Open the sync dialog"));
        link.setAccessibleHelp("Opens the sync dialog");
        link.setVisible(false);
        background.stateProperty().addListener(o -> show());
        background.problemProperty().addListener(o -> show());
    }

    /** The link for the status bar. */
    public Node view() {
        return link;
    }

    /** What a click does (the app opens the sync dialog). */
    public void setOnOpen(Runnable open) {
        link.setOnAction(e -> {
            link.setVisited(false);
            open.run();
        });
    }

    /** Reads the sync state again on the database thread and shows it. */
    public void refresh() {
        executor.execute(calendars::status, read -> {
            status = read;
            show();
        }, failure -> { });
    }

    /** The line shown (tests). */
    public String text() {
        return link.getText();
    }

    private void show() {
        if (status == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        link.setText(SyncStatusText.of(status, background.stateProperty().get(), background.problemProperty().get(),
                clock.getZone(), today, formats));
        link.getStyleClass().remove("conflicts");
        if (!status.conflictIds().isEmpty()) {
            link.getStyleClass().add("conflicts");
        }
        link.setVisible(true);
    }
}

package org.mentorplanner.ui.busy;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.mentorplanner.domain.busy.BusySource;
import org.mentorplanner.domain.busy.BusySourceKind;
import org.mentorplanner.service.BusyRefresh;
import org.mentorplanner.service.BusyService;
import org.mentorplanner.ui.TaskExecutor;

/**
 * Refreshes the busy sources every N minutes while the app runs (off by default). The timer
 * ticks on the FX thread; the reading runs on the network thread of the {@link TaskExecutor},
 * never on the FX thread. CalDAV sources are refreshed only when their password was typed in
 * this run.
 */
@Singleton
public final class BusyAutoRefresh {

    private final BusyService busy;
    private final TaskExecutor executor;
    private final CalDavPasswords passwords;
    private final List<Runnable> onRefreshed = new ArrayList<>();
    private Timeline timer;
    private int minutes;
    private boolean running;

    @Inject
    public BusyAutoRefresh(BusyService busy, TaskExecutor executor, CalDavPasswords passwords) {
        this.busy = busy;
        this.executor = executor;
        this.passwords = passwords;
    }

    /** Reads the saved interval and starts the timer if it is on. FX thread. */
    public void start() {
        executor.execute(busy::autoRefreshMinutes, this::every, failure -> { });
    }

    /** Called (FX thread) after each automatic refresh and each change by hand, for example to redraw the bands. */
    public void addOnRefreshed(Runnable listener) {
        onRefreshed.add(listener);
    }

    /** Tells the listeners that copies changed (a source added, refreshed or removed by hand). FX thread. */
    public void copiesChanged() {
        onRefreshed.forEach(Runnable::run);
    }

    /** The interval in minutes; 0 when off. */
    public int minutes() {
        return minutes;
    }

    /** Refreshes every {@code newMinutes} minutes from now on; 0 turns it off. FX thread. */
    public void every(int newMinutes) {
        minutes = Math.max(0, newMinutes);
        if (timer != null) {
            timer.stop();
            timer = null;
        }
        if (minutes > 0) {
            timer = new Timeline(new KeyFrame(Duration.minutes(minutes), e -> refreshNow()));
            timer.setCycleCount(Timeline.INDEFINITE);
            timer.play();
        }
    }

    /** One automatic round now (skipped while the last one still runs). FX thread. */
    void refreshNow() {
        if (running) {
            return;
        }
        running = true;
        Map<Long, String> known = passwords.snapshot();
        executor.executeNetworkBound(() -> {
            List<BusyRefresh> results = new ArrayList<>();
            for (BusySource source : busy.sources()) {
                if (source.kind() != BusySourceKind.CALDAV || known.containsKey(source.id())) {
                    results.add(busy.refresh(source.id(), known.getOrDefault(source.id(), "")));
                }
            }
            return results;
        }, results -> {
            running = false;
            onRefreshed.forEach(Runnable::run);
        }, failure -> running = false);
    }
}

package org.mentorplanner.ui.sync;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.mentorplanner.service.CalendarsSync;
import org.mentorplanner.service.SettingsService;
import org.mentorplanner.service.WorkProgress;
import org.mentorplanner.ui.TaskExecutor;
import org.mentorplanner.ui.UserErrors;

/**
 * Syncs both remembered calendars every N minutes while the window is open, when the settings ask
 * for it (off by default). The ticks come from a {@link SyncScheduler} on the FX thread; the sync
 * itself runs on the network thread, never beside another sync ({@link SyncRuns}: a tick that
 * finds one running is skipped). The password is the one typed in the sync dialog during this run
 * of the app, or the environment's ({@link SyncPassword}); without one, a calendar with a user
 * name waits, and {@link #stateProperty()} says so.
 */
@Singleton
public final class BackgroundSync {

    /** What the background sync last found. */
    public enum State {
        /** Off in the settings, or not started. */
        OFF,
        /** On, and no problem at its last tick (or no tick yet). */
        ON,
        /** On, but the calendar needs a password nobody typed yet. */
        WAITING_FOR_PASSWORD,
        /** On, but its last run failed ({@link #problemProperty()} says why). */
        FAILED
    }

    private final CalendarsSync calendars;
    private final SettingsService settings;
    private final TaskExecutor executor;
    private final SyncScheduler scheduler;
    private final SyncPassword password;
    private final SyncRuns runs;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.OFF);
    private SyncScheduler.Repeating repeating;
    private Consumer<CalendarsSync.Result> onSynced = result -> { };
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private boolean stopped;

    @Inject
    public BackgroundSync(CalendarsSync calendars, SettingsService settings, TaskExecutor executor, SyncScheduler scheduler,
                          SyncPassword password, SyncRuns runs) {
        this.calendars = calendars;
        this.settings = settings;
        this.executor = executor;
        this.scheduler = scheduler;
        this.password = password;
        this.runs = runs;
    }

    /** Called on the FX thread after each background sync that ran to the end (the grid and the status bar follow). */
    public void setOnSynced(Consumer<CalendarsSync.Result> listener) {
        this.onSynced = listener;
    }

    /** Reads the interval from the settings (database thread) and starts, restarts or stops the ticks; call again after the settings changed. */
    public void reschedule() {
        executor.execute(settings::backgroundSyncMinutes, this::every, failure -> { });
    }

    private void every(int minutes) {
        if (repeating != null) {
            repeating.stop();
            repeating = null;
        }
        if (stopped || minutes == 0) {
            state.set(State.OFF);
            return;
        }
        state.set(State.ON);
        repeating = scheduler.every(Duration.ofMinutes(minutes), this::tick);
    }

    /** Stops the ticks for good (the window closes); a sync already running finishes. */
    public void stop() {
        stopped = true;
        if (repeating != null) {
            repeating.stop();
            repeating = null;
        }
    }

    /** What the last tick found. */
    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why the last background sync failed, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What a tick did on the network thread. */
    private record Outcome(State state, CalendarsSync.Result result) {
    }

    /** One background sync now, unless one runs; FX thread (the scheduler calls it). */
    void tick() {
        if (stopped || !runs.tryStart()) {
            return;
        }
        executor.executeNetworkBound(() -> {
            String typed = password.get().orElse("");
            CalendarsSync.Request request = calendars.remembered(typed);
            if (request.teamUrl() == null && request.planningUrl() == null) {
                return new Outcome(State.ON, null); // nothing set up yet: nothing to do
            }
            if (!request.user().isEmpty() && typed.isEmpty()) {
                return new Outcome(State.WAITING_FOR_PASSWORD, null);
            }
            return new Outcome(State.ON, calendars.sync(request, WorkProgress.none()));
        }, outcome -> {
            runs.finished();
            problem.set(null);
            state.set(stopped ? State.OFF : outcome.state());
            if (outcome.result() != null) {
                onSynced.accept(outcome.result());
            }
        }, failure -> {
            runs.finished();
            problem.set(UserErrors.describe(failure));
            state.set(stopped ? State.OFF : State.FAILED);
        });
    }
}

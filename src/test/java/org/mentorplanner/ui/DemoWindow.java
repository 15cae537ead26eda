package org.mentorplanner.ui;

import com.google.inject.Module;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import javafx.stage.Stage;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.app.PlannerWindow;
import org.mentorplanner.domain.WorkingHours;
import org.mentorplanner.time.PinnedMoment;

/**
 * The set-up the whole-window tests share: a database file of their own with the
 * {@link DemoOrganisation} directory and what the test adds, closed again before the window opens
 * it (as the app finds a file on start), and a preferences node of their own that sizes the window
 * to fit the headless screen. Call {@link #close()} after each test.
 */
public final class DemoWindow {

    private final Path database;
    private final Clock clock;
    private final DemoOrganisation demo;
    private final Preferences preferences = Preferences.userRoot().node("org/mentorplanner/test/" + UUID.randomUUID());
    private PlannerWindow window;

    private DemoWindow(Path database, Clock clock, DemoOrganisation demo) {
        this.database = database;
        this.clock = clock;
        this.demo = demo;
        // Smaller than the headless screen (1280 x 800), which cannot paint a larger window.
        preferences.putDouble("width", 1200);
        preferences.putDouble("height", 760);
        // Early working hours every day: the week opens near 05:00, so the early blocks tests place
        // (around 06:00, see the headless grid's note in the test guide) are in sight.
        workingHours(EARLY_HOURS);
    }

    /** Every day from 05:00 to 22:00: the week opens just before 05:00. */
    public static final WorkingHours EARLY_HOURS = WorkingHours.of(Arrays.stream(DayOfWeek.values())
            .collect(Collectors.toMap(day -> day,
                    day -> new WorkingHours.Day(LocalTime.of(5, 0), LocalTime.of(22, 0)))));

    /** The working hours the next window opens with ({@link #EARLY_HOURS} unless a test says otherwise). */
    public DemoWindow workingHours(WorkingHours hours) {
        UserChoices.in(preferences, Locale.UK).chooseWorkingHours(hours);
        return this;
    }

    /**
     * A new database file in {@code folder} with the demo directory, and what {@code seed} adds to
     * it; the services and the window take the time from {@code clock}.
     */
    public static DemoWindow seeded(Path folder, Clock clock, BiConsumer<GuiceWorkspace, DemoOrganisation> seed) {
        Path database = folder.resolve("planner-" + UUID.randomUUID() + ".db");
        try (GuiceWorkspace workspace = GuiceWorkspace.open(database, clock)) {
            DemoOrganisation demo = DemoOrganisation.directory(workspace);
            seed.accept(workspace, demo);
            return new DemoWindow(database, clock, demo);
        }
    }

    /** {@link #seeded(Path, Clock, BiConsumer)} at the {@linkplain PinnedMoment#DEFAULT default moment}. */
    public static DemoWindow seeded(Path folder, BiConsumer<GuiceWorkspace, DemoOrganisation> seed) {
        return seeded(folder, PinnedMoment.DEFAULT.clock(), seed);
    }

    /**
     * A new database file in {@code folder} with nobody in it, as on a first start, on
     * {@code clock}; {@link #demo()} is then null.
     */
    public static DemoWindow empty(Path folder, Clock clock) {
        Path database = folder.resolve("planner-" + UUID.randomUUID() + ".db");
        GuiceWorkspace.open(database, clock).close();
        return new DemoWindow(database, clock, null);
    }

    /** {@link #empty(Path, Clock)} at the {@linkplain PinnedMoment#DEFAULT default moment}. */
    public static DemoWindow empty(Path folder) {
        return empty(folder, PinnedMoment.DEFAULT.clock());
    }

    /** Opens a planner window on the database in {@code stage}, with a same-thread executor; {@link #close()} closes the last one. */
    public PlannerWindow open(Stage stage, Module... extraModules) {
        window = new PlannerWindow(new SameThreadTaskExecutor(), preferences, clock, Locale.UK, extraModules);
        window.open(stage, database);
        return window;
    }

    /** The people, locations and groups in the database. */
    public DemoOrganisation demo() {
        return demo;
    }

    /** Reads the database file the way a second process would. */
    public <T> T stored(Function<GuiceWorkspace, T> query) {
        try (GuiceWorkspace workspace = GuiceWorkspace.open(database, clock)) {
            return query.apply(workspace);
        }
    }

    /** Closes the last window opened and removes the preferences node. */
    public void close() throws BackingStoreException {
        if (window != null) {
            window.close();
        }
        preferences.removeNode();
    }
}

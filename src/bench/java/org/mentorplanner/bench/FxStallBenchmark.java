package org.mentorplanner.bench;

import com.calendarfx.view.DateControl;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.mentorplanner.app.FxTaskExecutor;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.app.UiModule;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.format.DisplayFormats;
import org.mentorplanner.service.port.SessionQuery;
import org.mentorplanner.ui.Dialogs;
import org.mentorplanner.ui.calendar.PlannerPage;
import org.mentorplanner.ui.calendar.PlannerPresenter;
import org.mentorplanner.ui.duplicate.BulkDuplicatePresenter;
import org.mentorplanner.ui.duplicate.FrequencyChoice;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 4's FX-thread goal: "the FX thread never stalls more than 50 ms during a 2,080-copy
 * run". The real planner window (headless Monocle) shows the week of the 40 sources of
 * {@link BulkDuplicateBenchmark}'s data; the bulk duplicate dialog opens on them (weekly, 52
 * copies each), shows its preview, and runs on the app's database executor. Duplicate is
 * pressed {@link #PULSES_TO_READ_THE_PREVIEW} pulses after the preview arrived; the run is
 * watched until the copies are on the grid and 20 more pulses have run (the grid adds them a few
 * per pulse). The dialog stays open after the run saying what was made, as for a user; it is
 * closed, outside the probes, before the next iteration undoes the run. Two probes watch the
 * FX thread: the longest gap between animation pulses, and the longest wait of a tiny
 * {@code Platform.runLater} task posted every 2 ms from another thread.
 * Both are printed per iteration for the run ("FX stall", what the goal is about) and, apart,
 * for opening the dialog and drawing its preview; with each gap over 35 ms, how long the FX
 * thread ran and waited for a core in it, and per stretch what every thread ran and waited
 * ({@link ThreadSchedule}). The time per operation covers both stretches; it is not the goal.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
        "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true"})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FxStallBenchmark {

    /** Pulses (about 330 ms) between the preview arriving and Duplicate being pressed. */
    static final int PULSES_TO_READ_THE_PREVIEW = 20;

    /** Stalls longer than this are listed with their time, not only counted in the maximum. */
    static final long NOTED_STALL_NANOS = 35_000_000;

    /** The planner window on the seeded file, the FX toolkit and the probes. */
    @State(Scope.Benchmark)
    public static class Window extends BulkDuplicateBenchmark.Seeded {
        private final FxTaskExecutor executor = new FxTaskExecutor();
        private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("fx-prober").daemon().factory());
        private GuiceWorkspace app;
        private PlannerPresenter planner;
        private List<MentorshipSession> sources;
        private Stage stage;
        /** The last run's dialog, closed before the next iteration. */
        private BulkDuplicatePresenter dialog;
        private volatile boolean probing;
        /** When the probes started, as {@code System.nanoTime()}: printed as JVM uptime. */
        private volatile long probeFrom;
        /** When the run's undo step was recorded (its result reached the planner). */
        private volatile long recordedAt;
        private final AtomicLong maxPulseGap = new AtomicLong();
        private final AtomicLong maxRunLaterWait = new AtomicLong();
        /** Animation pulses so far, to wait until the dialog with its preview has been drawn. */
        private final AtomicLong pulseCount = new AtomicLong();
        /**
         * Each gap or wait over {@link #NOTED_STALL_NANOS} while probing, with the JVM uptime at
         * its end, so it can be lined up with {@code -Xlog:gc,safepoint} (uptime decorator) or JFR.
         */
        private final Queue<String> longStalls = new ConcurrentLinkedQueue<>();
        /** {@code System.nanoTime()} at JVM start, to print stalls as JVM uptime. */
        private final long jvmStartNanos = System.nanoTime() - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000;
        private final AnimationTimer pulses = new AnimationTimer() {
            private long last;
            /** The FX thread's own scheduler counters at the last pulse: {ran, waited for a core} in ns. */
            private long[] lastSchedule = {0, 0};

            @Override
            public void handle(long now) {
                pulseCount.incrementAndGet();
                long[] schedule = fxThreadSchedule();
                if (probing && last != 0) {
                    maxPulseGap.accumulateAndGet(now - last, Math::max);
                    if (now - last > NOTED_STALL_NANOS) {
                        noteIfLong(String.format("pulse gap (FX thread ran %.0f ms, waited for a core %.0f ms)",
                                (schedule[0] - lastSchedule[0]) / 1e6, (schedule[1] - lastSchedule[1]) / 1e6),
                                now - last, now);
                    }
                }
                last = now;
                lastSchedule = schedule;
            }
        };
        private ThreadSchedule scheduleAtStart;
        /** What the probes saw while the preview arrived and was drawn, and during the run. */
        private String previewReport = "";
        private String runReport = "";

        @Setup(Level.Trial)
        public void open() throws Exception {
            seed();
            workspace.close();
            workspace = null;
            app = GuiceWorkspace.open(folder.resolve("planner.db"), Clock.systemDefaultZone(), new UiModule(executor, new Dialogs(), DisplayFormats.of(Locale.UK)));
            sources = app.service(SessionService.class).list(SessionQuery.all()).stream()
                         .filter(s -> s.seriesId() == null && s.details().localStart().getHour() == 10).toList();
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            started.await();
            onFx(() -> {
                planner = app.injector().getInstance(PlannerPresenter.class);
                stage = new Stage();
                stage.setScene(new Scene(planner.view(), 1200, 760));
                stage.show();
                planner.start(PlannerPage.WEEK);
                ((DateControl) planner.view().lookup("#weekView")).setDate(LocalDate.of(2027, 1, 4));
                pulses.start();
            });
            prober.scheduleAtFixedRate(() -> {
                long posted = System.nanoTime();
                Platform.runLater(() -> {
                    if (probing) {
                        long ran = System.nanoTime();
                        maxRunLaterWait.accumulateAndGet(ran - posted, Math::max);
                    }
                });
            }, 2, 2, TimeUnit.MILLISECONDS);
            Thread.sleep(2_000); // Let the window load its weeks.
        }

        @Setup(Level.Iteration)
        public void undoLastRunAndResetProbes() throws Exception {
            onFx(() -> {
                // After a run the dialog stays open saying what was made: the user closes it.
                if (dialog != null) {
                    dialog.close();
                }
                planner.history().nextUndo().ifPresent(change -> planner.undo());
            });
            Thread.sleep(1_000);
            if (app.service(SessionService.class).list(SessionQuery.all()).size() != 2 * BulkDuplicateBenchmark.MENTORS + BulkDuplicateBenchmark.MENTORS * BulkDuplicateBenchmark.WEEKS) {
                throw new IllegalStateException("the previous run was not undone");
            }
        }

        @TearDown(Level.Iteration)
        public void printStall() {
            System.out.printf("%n    FX stall: %s%n", runReport);
            System.out.printf("    run's result reached the planner at uptime %.3f s%n", (recordedAt - jvmStartNanos) / 1e9);
            if (!previewReport.isEmpty()) {
                System.out.printf("    while the preview was shown, before the run: %s%n", previewReport);
            }
        }

        @TearDown(Level.Trial)
        public void close() throws Exception {
            prober.shutdownNow();
            onFx(() -> {
                pulses.stop();
                stage.close();
            });
            executor.close();
            app.close();
            Platform.exit();
            workspace = null;
            dispose();
        }

        /**
         * Opens the dialog and waits for its preview, then presses Duplicate and waits until the
         * copies are on the grid. Both stretches are probed, each on its own.
         */
        void runOnce() throws Exception {
            CountDownLatch previewed = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(1);
            startProbing();
            onFx(() -> {
                dialog = planner.openBulkDuplicate(sources, "Bulk duplicate", FrequencyChoice.WEEKLY, BulkDuplicateBenchmark.WEEKS);
                dialog.whenPreviewed(previewed::countDown);
            });
            previewed.await();
            // A user reads the preview before pressing Duplicate; the table needs a few pulses
            // after its rows arrive to lay out and paint them (3 were not enough: its second
            // layout and paint fell into the run's window). That drawing is probed, and
            // printed, as the preview's stretch.
            awaitPulses(PULSES_TO_READ_THE_PREVIEW);
            previewReport = stopProbing();
            startProbing();
            onFx(() -> {
                planner.history().undoLabelProperty().addListener((o, old, now) -> {
                    recordedAt = System.nanoTime();
                    done.countDown();
                });
                dialog.run();
            });
            done.await();
            // The copies in the weeks the grid holds go onto it a few blocks per pulse after the
            // undo record (SessionGrid.showGradually, 8 a pulse): keep watching until they are all on.
            awaitPulses(20);
            runReport = stopProbing();
        }

        private void startProbing() {
            maxPulseGap.set(0);
            maxRunLaterWait.set(0);
            longStalls.clear();
            scheduleAtStart = ThreadSchedule.now();
            probeFrom = System.nanoTime();
            probing = true;
        }

        /** Stops the probes and tells what they saw since {@link #startProbing}. */
        private String stopProbing() {
            probing = false;
            long probeTo = System.nanoTime();
            StringBuilder report = new StringBuilder(String.format(
                    "longest pulse gap %.1f ms, longest runLater wait %.1f ms%n", maxPulseGap.get() / 1e6, maxRunLaterWait.get() / 1e6));
            report.append(String.format("      probed from uptime %.3f s to %.3f s; threads ran/waited for a core (ms): %s",
                    (probeFrom - jvmStartNanos) / 1e9, (probeTo - jvmStartNanos) / 1e9, ThreadSchedule.now().since(scheduleAtStart)));
            if (!longStalls.isEmpty()) {
                report.append(String.format("%n      over %d ms: %s", NOTED_STALL_NANOS / 1_000_000, String.join("; ", longStalls)));
            }
            return report.toString();
        }

        /** {ran, waited for a core} of the calling thread in ns (Linux), zeros elsewhere. */
        private static long[] fxThreadSchedule() {
            try {
                String[] stat = Files.readString(Path.of("/proc/thread-self/schedstat")).trim().split(" ");
                return new long[] {Long.parseLong(stat[0]), Long.parseLong(stat[1])};
            } catch (IOException | RuntimeException noProc) {
                return new long[] {0, 0};
            }
        }

        private void noteIfLong(String what, long nanos, long endedAt) {
            if (nanos > NOTED_STALL_NANOS) {
                longStalls.add(String.format("%s %.1f ms ending at uptime %.3f s", what, nanos / 1e6,
                        (endedAt - jvmStartNanos) / 1e9));
            }
        }

        /** Waits until {@code count} more animation pulses have run. */
        private void awaitPulses(int count) throws InterruptedException {
            long until = pulseCount.get() + count;
            while (pulseCount.get() < until) {
                Thread.sleep(5);
            }
        }

        /** The control: the same window and probes for {@code millis}, with no run. */
        void idle(long millis) throws Exception {
            startProbing();
            Thread.sleep(millis);
            onFx(() -> { });
            runReport = stopProbing();
            previewReport = "";
        }

        private static void onFx(Runnable work) throws InterruptedException {
            CountDownLatch ran = new CountDownLatch(1);
            Platform.runLater(() -> {
                try {
                    work.run();
                } finally {
                    ran.countDown();
                }
            });
            ran.await();
        }
    }

    /** Pressing Duplicate until 2,080 copies are committed and shown; the FX stall is printed per iteration. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public void bulkDuplicateFromTheDialog(Window window) throws Exception {
        window.runOnce();
    }

    /**
     * Control: the window left alone for 3 s with the same probes. On a busy shared machine the
     * FX thread also waits for the CPU when nothing runs; the run's stall is judged against this.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public void idleWindowForComparison(Window window) throws Exception {
        window.idle(3_000);
    }
}

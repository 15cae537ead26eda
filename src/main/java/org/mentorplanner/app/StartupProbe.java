package org.mentorplanner.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The hook of the startup benchmark ({@code bench/startup.sh}), off unless the JVM runs with
 * {@code -Dmentorplanner.startupProbe=true}. It waits until a window's content is ready, lets
 * two more pulses pass so the frame showing it has been rendered (the FX thread never runs more
 * than a frame ahead of the renderer), prints one line to stdout and exits the JVM:
 *
 * <pre>startup-probe painted-epoch-ms=… jvm-start-epoch-ms=… vmhwm-kb=… vmrss-kb=… nodes=… …</pre>
 *
 * {@code vmhwm-kb} is the peak resident set size so far (Linux {@code /proc/self/status});
 * {@code nodes} counts the scene's visible nodes (what the CSS and layout passes went through).
 * The app and the benchmark's bare JavaFX window use this same class, so both are measured alike;
 * the moment is the one {@link FirstFrame} waits for.
 */
public final class StartupProbe {

    /** The system property that turns the probe on. */
    public static final String PROPERTY = "mentorplanner.startupProbe";

    private StartupProbe() {
    }

    /** Whether this JVM runs the startup benchmark. */
    public static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /**
     * Watches {@code scene}'s pulses (FX thread): once {@code ready} holds after a layout pass and
     * the frame is painted, prints the probe line with {@code detail} and exits.
     */
    public static void watch(Scene scene, BooleanSupplier ready, Supplier<String> detail) {
        FirstFrame.then(scene, ready, () -> report("nodes=" + countVisible(scene.getRoot(), Node.class) + " " + detail.get()));
    }

    /** How many visible nodes of {@code type} are under {@code root} (for the probe's detail). */
    public static int countVisible(Parent root, Class<?> type) {
        int count = 0;
        for (Node child : root.getChildrenUnmodifiable()) {
            if (!child.isVisible()) {
                continue;
            }
            if (type.isInstance(child)) {
                count++;
            }
            if (child instanceof Parent parent) {
                count += countVisible(parent, type);
            }
        }
        return count;
    }

    private static void report(String detail) {
        long painted = System.currentTimeMillis();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("startup-probe painted-epoch-ms=" + painted + " jvm-start-epoch-ms=" + jvmStart
                + " vmhwm-kb=" + statusKb("VmHWM:") + " vmrss-kb=" + statusKb("VmRSS:") + " " + detail);
        System.out.flush();
        if (Boolean.getBoolean(PROPERTY + ".threads")) {
            printThreadCpu();
        }
        System.exit(0);
    }

    /**
     * Prints every thread's CPU time so far to stderr, busiest first, as {@code startup-thread
     * <ms> <name>} (Linux {@code /proc/self/task}; JIT compiler and GC threads included, which
     * Java's own thread beans do not show).
     */
    private static void printThreadCpu() {
        long ticksPerSecond = 100; // USER_HZ on Linux
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.map(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
                    return new String[] {Long.toString(ticks * 1000 / ticksPerSecond), name};
                } catch (IOException | RuntimeException e) {
                    return new String[] {"0", "?"};
                }
            }).sorted((a, b) -> Long.compare(Long.parseLong(b[0]), Long.parseLong(a[0])))
              .forEach(thread -> System.err.println("startup-thread " + thread[0] + " " + thread[1]));
        } catch (IOException e) {
            System.err.println("startup-thread cannot read /proc/self/task: " + e.getMessage());
        }
    }

    /** A value in kB from {@code /proc/self/status}, or -1 where there is none. */
    private static long statusKb(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length()).replace("kB", "").strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}

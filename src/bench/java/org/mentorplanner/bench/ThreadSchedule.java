package org.mentorplanner.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the kernel's scheduler did with this JVM's threads between two snapshots (Linux only,
 * {@code /proc/self/task/<tid>/schedstat}): per thread name, the CPU time it ran and the time it
 * was ready but <em>waited for a core</em>, plus how busy the whole machine was
 * ({@code /proc/stat}). A stall of the FX thread with a long run-queue wait was the machine's
 * doing (other threads or processes held the cores), one with long CPU time was its own work.
 * Empty where {@code /proc} is missing.
 */
final class ThreadSchedule {

    /** Nanoseconds run and waited per thread id, with the thread's name then. */
    private record Task(String name, long ranNanos, long waitedNanos) {
    }

    private final Map<String, Task> tasks;
    private final long[] machineTicks;

    private ThreadSchedule(Map<String, Task> tasks, long[] machineTicks) {
        this.tasks = tasks;
        this.machineTicks = machineTicks;
    }

    /** The scheduler's counters now. */
    static ThreadSchedule now() {
        Map<String, Task> tasks = new HashMap<>();
        Path dir = Path.of("/proc/self/task");
        try (Stream<Path> ids = Files.list(dir)) {
            for (Path task : ids.toList()) {
                try {
                    String[] stat = Files.readString(task.resolve("schedstat")).trim().split("\\s+");
                    String name = Files.readString(task.resolve("comm")).trim();
                    tasks.put(task.getFileName().toString(), new Task(name, Long.parseLong(stat[0]), Long.parseLong(stat[1])));
                } catch (IOException | RuntimeException gone) {
                    // The thread ended between listing and reading: it is left out.
                }
            }
            return new ThreadSchedule(tasks, machineTicks());
        } catch (IOException | RuntimeException noProc) {
            return new ThreadSchedule(Map.of(), new long[2]);
        }
    }

    /** {@code {busy, total}} clock ticks of all cores since boot. */
    private static long[] machineTicks() throws IOException {
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        long idle = 0;
        for (int i = 1; i < cpu.length; i++) {
            long ticks = Long.parseLong(cpu[i]);
            total += ticks;
            if (i == 4 || i == 5) { // idle, iowait
                idle += ticks;
            }
        }
        return new long[] {total - idle, total};
    }

    /**
     * One line: per thread name (threads of one name added up; the busiest first, those that
     * barely ran left out) "ran/waited" in ms from {@code before} to this snapshot, then how many
     * of the machine's cores were busy and how many of them this JVM used.
     */
    String since(ThreadSchedule before) {
        Map<String, long[]> byName = new LinkedHashMap<>();
        long ours = 0;
        for (Map.Entry<String, Task> now : tasks.entrySet()) {
            Task then = before.tasks.getOrDefault(now.getKey(), new Task(now.getValue().name(), 0, 0));
            long ran = now.getValue().ranNanos() - then.ranNanos();
            long waited = now.getValue().waitedNanos() - then.waitedNanos();
            ours += ran;
            long[] sum = byName.computeIfAbsent(group(now.getValue().name()), n -> new long[2]);
            sum[0] += ran;
            sum[1] += waited;
        }
        StringBuilder line = new StringBuilder();
        List<Map.Entry<String, long[]>> busiest = byName.entrySet().stream()
                .filter(e -> e.getValue()[0] + e.getValue()[1] >= 2_000_000)
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .toList();
        for (Map.Entry<String, long[]> e : busiest) {
            line.append(String.format("%s %.0f/%.0f, ", e.getKey(), e.getValue()[0] / 1e6, e.getValue()[1] / 1e6));
        }
        long busy = machineTicks[0] - before.machineTicks[0];
        long total = machineTicks[1] - before.machineTicks[1];
        int cores = Runtime.getRuntime().availableProcessors();
        long wallTicks = total / Math.max(1, cores);
        if (wallTicks > 0) {
            double tickNanos = 1e9 / 100; // USER_HZ is 100 on Linux
            line.append(String.format("cores busy %.2f of %d (this JVM %.2f)", (double) busy / wallTicks, cores,
                    ours / (wallTicks * tickNanos)));
        }
        return line.toString();
    }

    /** Threads of one kind under one name ("GC Thread#0" and "#1" as "GC Thread"). */
    private static String group(String name) {
        return name.replaceAll("#?\\d+$", "").strip();
    }
}

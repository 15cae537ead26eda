package org.mentorplanner.domain.busy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mentors' busy blocks indexed for many overlap checks (a bulk duplicate asks once per copy):
 * per mentor, the starts and ends in start order as plain arrays, with the running maximum of
 * the ends, so each check is two binary searches and no boxing. Immutable.
 */
public final class BusyIndex {

    /** One mentor's blocks by start; {@code maxEnd[i]} is the latest end among blocks 0..i. */
    private record Track(long[] starts, long[] maxEnd, List<BusyBlock> blocks) {
    }

    private final Map<Long, Track> tracks;

    private BusyIndex(Map<Long, Track> tracks) {
        this.tracks = tracks;
    }

    /** Indexes {@code blocks}, which must be ordered by start (as the repository returns them). */
    public static BusyIndex of(List<BusyBlock> blocks) {
        Map<Long, List<BusyBlock>> byMentor = new HashMap<>();
        for (BusyBlock block : blocks) {
            byMentor.computeIfAbsent(block.mentorId(), id -> new ArrayList<>()).add(block);
        }
        Map<Long, Track> tracks = new HashMap<>();
        byMentor.forEach((mentorId, own) -> {
            long[] starts = new long[own.size()];
            long[] maxEnd = new long[own.size()];
            long latest = Long.MIN_VALUE;
            for (int i = 0; i < own.size(); i++) {
                BusyBlock block = own.get(i);
                starts[i] = block.start().toEpochMilli();
                latest = Math.max(latest, block.end().toEpochMilli());
                maxEnd[i] = latest;
            }
            tracks.put(mentorId, new Track(starts, maxEnd, own));
        });
        return new BusyIndex(tracks);
    }

    /** The earliest-starting block of {@code mentorId} that overlaps {@code [from, to)}, if any. */
    public Optional<BusyBlock> firstOverlap(long mentorId, Instant from, Instant to) {
        Track track = tracks.get(mentorId);
        if (track == null) {
            return Optional.empty();
        }
        long fromMillis = from.toEpochMilli();
        int last = lastStartingBefore(track.starts(), to.toEpochMilli());
        if (last < 0 || track.maxEnd()[last] <= fromMillis) {
            return Optional.empty();
        }
        // The first block whose running maximum end passes `from` is itself the one that ends after it.
        int low = 0;
        int high = last;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (track.maxEnd()[middle] > fromMillis) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return Optional.of(track.blocks().get(low));
    }

    /** The index of the last start before {@code millis}, or -1. */
    private static int lastStartingBefore(long[] starts, long millis) {
        int low = 0;
        int high = starts.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (starts[middle] < millis) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low - 1;
    }
}

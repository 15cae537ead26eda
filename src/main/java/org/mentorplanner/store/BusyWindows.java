package org.mentorplanner.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentorplanner.domain.SessionRules;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.service.port.BusyRange;
import org.mentorplanner.service.port.MentorWindow;

/**
 * The busy time (sessions not cancelled) that overlaps any of many windows, each session once,
 * by mentor, start and id: what a bulk duplicate checks its copies against (ADR 0044). Two
 * ways to read it, whichever costs less: a search of the (mentor, start) index per window,
 * the windows sent as one JSON list, when the mentors' history in the windows' span is long;
 * or, when that span holds few sessions a window (a young programme; the mentor with the most
 * windows is counted), all of them in one range read, kept only where they meet a window.
 */
final class BusyWindows {

    /**
     * Below this many sessions a window the span read is taken. Measured at 1M (bench/README.md):
     * a window's search about 2.6 µs of CPU, a row of the span read about 0.45 µs with its
     * mapping, so about 6 rows cost one search; 4 leans to the search, whose cost is bounded.
     */
    static final int ROWS_PER_WINDOW = 4;

    /** Each window a bounded search of the index with the bounds of {@link SessionRows#OVERLAPS}. */
    private static final String BY_WINDOW = "with asked (mentor_id, from_ms, to_ms) as materialized"
            + " (select value ->> 0, value ->> 1, value ->> 2 from json_each(?))"
            + " select distinct s.id, s.mentor_id, s.start_utc, s.end_utc from asked"
            + " join mentorship_session s on s.mentor_id = asked.mentor_id and s.start_utc < asked.to_ms"
            + " and s.start_utc > asked.from_ms - ? and s.end_utc > asked.from_ms"
            + " where s.status <> ? order by s.mentor_id, s.start_utc, s.id";

    /** A mentor's windows, joined where they touch: disjoint and in order, so their ends ascend too. */
    private record Track(long mentorId, long[] starts, long[] ends) {

        /** Whether {@code [start, end)} overlaps one of the windows: the last one starting before its end. */
        boolean meets(long start, long end) {
            int low = 0;
            int high = starts.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (starts[middle] < end) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low > 0 && ends[low - 1] > start;
        }
    }

    private BusyWindows() {
    }

    /** The busy ranges overlapping any of {@code windows}, each once, by mentor, start and id. */
    static List<BusyRange> overlapping(Connection connection, Collection<MentorWindow> windows) {
        return overlapping(connection, windows, ROWS_PER_WINDOW);
    }

    /**
     * {@link #overlapping(Connection, Collection)}, reading the whole span when it holds fewer
     * than {@code rowsPerWindow} sessions a window (0: never; tests ask for both ways).
     */
    static List<BusyRange> overlapping(Connection connection, Collection<MentorWindow> windows, int rowsPerWindow) {
        if (windows.isEmpty()) {
            return List.of();
        }
        List<Track> tracks = tracks(windows);
        Set<Long> mentorIds = new LinkedHashSet<>();
        int count = 0;
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (Track track : tracks) {
            mentorIds.add(track.mentorId());
            count += track.starts().length;
            from = Math.min(from, track.starts()[0]);
            to = Math.max(to, track.ends()[track.ends().length - 1]);
        }
        // The mentor with the most windows stands for all: counting every mentor's span would
        // itself cost a read of the span in a long history.
        Track busiest = tracks.stream().max(Comparator.comparingInt(track -> track.starts().length)).orElseThrow();
        long enough = (long) rowsPerWindow * busiest.starts().length;
        if (sessionsInSpan(connection, busiest.mentorId(), busiest.starts()[0], busiest.ends()[busiest.ends().length - 1], enough) < enough) {
            return keptWhereTheyMeet(tracks, spanRead(connection, mentorIds, from, to));
        }
        return Rows.query(connection, BY_WINDOW,
                List.of(json(tracks, count), SessionRules.MAX_DURATION.toMillis(), SessionStatus.CANCELLED.name()), BusyWindows::range);
    }

    /** The windows by mentor and start, a mentor's touching or overlapping windows joined into one. */
    private static List<Track> tracks(Collection<MentorWindow> windows) {
        List<MentorWindow> sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparingLong(MentorWindow::mentorId).thenComparing(MentorWindow::start));
        List<Track> tracks = new ArrayList<>();
        int next = 0;
        while (next < sorted.size()) {
            long mentorId = sorted.get(next).mentorId();
            List<long[]> joined = new ArrayList<>();
            while (next < sorted.size() && sorted.get(next).mentorId() == mentorId) {
                MentorWindow window = sorted.get(next++);
                long start = window.start().toEpochMilli();
                long end = window.end().toEpochMilli();
                long[] last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
                if (last != null && start <= last[1]) {
                    last[1] = Math.max(last[1], end);
                } else {
                    joined.add(new long[] {start, end});
                }
            }
            tracks.add(new Track(mentorId, joined.stream().mapToLong(w -> w[0]).toArray(), joined.stream().mapToLong(w -> w[1]).toArray()));
        }
        return tracks;
    }

    /** {@code [[mentor, start, end], …]} in epoch milliseconds. */
    private static String json(List<Track> tracks, int count) {
        StringBuilder json = new StringBuilder(count * 36 + 2).append('[');
        for (Track track : tracks) {
            for (int i = 0; i < track.starts().length; i++) {
                json.append(json.length() > 1 ? ",[" : "[").append(track.mentorId()).append(',').append(track.starts()[i])
                    .append(',').append(track.ends()[i]).append(']');
            }
        }
        return json.append(']').toString();
    }

    /** How many sessions of the mentor start in the span's range, counted in the index, up to {@code enough}. */
    private static long sessionsInSpan(Connection connection, long mentorId, long from, long to, long enough) {
        return Rows.query(connection, "select count(*) from (select 1 from mentorship_session"
                + " where mentor_id = ? and start_utc < ? and start_utc > ? limit ?)",
                List.of(mentorId, to, from - SessionRules.MAX_DURATION.toMillis(), enough), row -> row.getLong(1)).getFirst();
    }

    /** The busy time of {@code mentorIds} overlapping the whole span, in no order (a sort would cost more than the read). */
    private static List<BusyRange> spanRead(Connection connection, Set<Long> mentorIds, long from, long to) {
        List<Object> parameters = new ArrayList<>(mentorIds);
        parameters.addAll(SessionRows.overlapping(Instant.ofEpochMilli(from), Instant.ofEpochMilli(to)));
        parameters.add(SessionStatus.CANCELLED.name());
        return Rows.query(connection, "select id, mentor_id, start_utc, end_utc from mentorship_session where mentor_id in ("
                + Rows.placeholders(mentorIds) + ") and " + SessionRows.OVERLAPS + " and status <> ?", parameters, BusyWindows::range);
    }

    /** The ranges that overlap a window of their mentor, by mentor, start and id. */
    private static List<BusyRange> keptWhereTheyMeet(List<Track> tracks, List<BusyRange> ranges) {
        Map<Long, Track> byMentor = new HashMap<>();
        for (Track track : tracks) {
            byMentor.put(track.mentorId(), track);
        }
        List<BusyRange> kept = new ArrayList<>();
        for (BusyRange range : ranges) {
            if (byMentor.get(range.mentorId()).meets(range.start().toEpochMilli(), range.end().toEpochMilli())) {
                kept.add(range);
            }
        }
        kept.sort(Comparator.comparingLong(BusyRange::mentorId).thenComparing(BusyRange::start).thenComparingLong(BusyRange::sessionId));
        return kept;
    }

    private static BusyRange range(ResultSet row) throws SQLException {
        return new BusyRange(row.getLong(1), row.getLong(2), Instant.ofEpochMilli(row.getLong(3)), Instant.ofEpochMilli(row.getLong(4)));
    }
}

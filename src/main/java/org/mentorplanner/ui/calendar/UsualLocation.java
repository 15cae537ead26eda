package org.mentorplanner.ui.calendar;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.mentorplanner.domain.MentorshipSession;

/** The location a mentor uses most: where a new session of theirs starts out. */
final class UsualLocation {

    private UsualLocation() {
    }

    /**
     * The location id most of {@code sessions} (one mentor's) use, cancelled ones left out; a
     * tie goes to the location used last.
     */
    static Optional<Long> of(Collection<MentorshipSession> sessions) {
        Map<Long, Integer> counts = new HashMap<>();
        Map<Long, Instant> latest = new HashMap<>();
        for (MentorshipSession session : sessions) {
            if (session.isCancelled()) {
                continue;
            }
            long location = session.details().locationId();
            counts.merge(location, 1, Integer::sum);
            latest.merge(location, session.startInstant(), (a, b) -> a.isAfter(b) ? a : b);
        }
        return counts.keySet().stream()
                     .max(Comparator.comparing((Long id) -> counts.get(id)).thenComparing(latest::get));
    }
}

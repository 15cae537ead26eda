package org.mentorplanner.ui.calendar;

import java.time.Instant;
import java.util.Collection;
import java.util.function.Predicate;
import org.mentorplanner.domain.MentorshipSession;

/**
 * How many sessions of each state a page shows, for the status bar.
 *
 * @param total     all sessions counted
 * @param drafts    drafts
 * @param published published and not booked
 * @param booked    booked
 * @param cancelled cancelled
 */
record SessionCounts(int total, int drafts, int published, int booked, int cancelled) {

    /** Counts the sessions overlapping {@code [from, to)} that {@code shown} lets through. */
    static SessionCounts of(Collection<MentorshipSession> sessions, Instant from, Instant to,
                            Predicate<MentorshipSession> shown) {
        int total = 0;
        int drafts = 0;
        int published = 0;
        int booked = 0;
        int cancelled = 0;
        for (MentorshipSession s : sessions) {
            if (!shown.test(s) || !s.overlaps(from, to)) {
                continue;
            }
            total++;
            switch (SessionEntries.styleClass(s)) {
                case SessionEntries.DRAFT -> drafts++;
                case SessionEntries.BOOKED -> booked++;
                case SessionEntries.CANCELLED -> cancelled++;
                default -> published++;
            }
        }
        return new SessionCounts(total, drafts, published, booked, cancelled);
    }

    /** "This week: 12 sessions · 3 drafts · 5 published · 3 booked · 1 cancelled". */
    String describe(String span) {
        return span + ": " + total + (total == 1 ? " session" : " sessions") + "  ·  " + drafts
               + (drafts == 1 ? " draft" : " drafts") + "  ·  " + published + " published  ·  " + booked
               + " booked  ·  " + cancelled + " cancelled";
    }
}

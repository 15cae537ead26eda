package org.mentorplanner.domain;

import java.util.Locale;

/**
 * Where a session stands for the people who book it, in the one set of words every front end
 * and export uses: a draft, open (published, nobody booked yet), booked (published with a
 * mentee) or cancelled. Derived from the stored {@link SessionStatus} and the mentee.
 */
public enum BookingState {
    DRAFT,
    OPEN,
    BOOKED,
    CANCELLED;

    /** The state of {@code session}. */
    public static BookingState of(MentorshipSession session) {
        return switch (session.status()) {
            case DRAFT -> DRAFT;
            case CANCELLED -> CANCELLED;
            case PUBLISHED -> session.details().hasMentee() ? BOOKED : OPEN;
        };
    }

    /** The word shown and exported for it: "draft", "open", "booked" or "cancelled". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.mentorplanner.domain.recurrence;

import java.time.LocalDate;
import java.util.Objects;

/** When copies stop: after a number of copies, or on a last date (inclusive). */
public sealed interface RecurrenceEnd {

    /** Copies to make, not counting the source; months skipped by a 5th-weekday rule do not count. */
    static RecurrenceEnd count(int copies) {
        return new Count(copies);
    }

    /** Copies on dates up to and including {@code lastDate}. */
    static RecurrenceEnd until(LocalDate lastDate) {
        return new Until(lastDate);
    }

    /** @param copies how many copies, at least 1 */
    record Count(int copies) implements RecurrenceEnd {
    }

    /** @param lastDate the last date a copy may fall on, inclusive */
    record Until(LocalDate lastDate) implements RecurrenceEnd {
        public Until {
            Objects.requireNonNull(lastDate, "lastDate");
        }
    }
}

package org.mentorplanner.domain.recurrence;

import java.time.YearMonth;
import java.util.List;

/**
 * What a recurrence gives for one source: the copies in order, and the months a 5th-weekday
 * rule had to skip.
 *
 * @param occurrences   the copies, earliest first
 * @param skippedMonths months without the weekday asked for, earliest first
 */
public record Expansion(List<Occurrence> occurrences, List<YearMonth> skippedMonths) {

    public Expansion {
        occurrences = List.copyOf(occurrences);
        skippedMonths = List.copyOf(skippedMonths);
    }
}

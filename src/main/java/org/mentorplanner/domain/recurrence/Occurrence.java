package org.mentorplanner.domain.recurrence;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.Objects;
import org.mentorplanner.domain.ResolvedStart;

/**
 * One copy's place in time: the source's wall-clock start on a new date, resolved in the zone.
 *
 * @param start    the requested wall-clock start and the real start ({@link ResolvedStart} rules)
 * @param duration the copy's length
 */
public record Occurrence(ResolvedStart start, Duration duration) {

    public Occurrence {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
    }

    /** The wall-clock {@code requested} time in {@code zone}, lasting {@code duration}. */
    public static Occurrence at(LocalDateTime requested, ZoneId zone, Duration duration) {
        return new Occurrence(ResolvedStart.of(requested, zone), duration);
    }

    /** The date the copy was planned for (a shifted start stays on it: gaps never cross midnight in practice). */
    public LocalDate date() {
        return start.requested().toLocalDate();
    }

    public ZonedDateTime startAt() {
        return start.start();
    }

    public ZonedDateTime endAt() {
        return start.start().plus(duration);
    }

    /** The requested time fell into a daylight-saving gap and moved forward by the gap. */
    public boolean dstShifted() {
        return start.shifted();
    }

    /** The requested time happens twice (clocks go back); the earlier offset is used. */
    public boolean dstAmbiguous() {
        ZoneOffsetTransition transition = startAt().getZone().getRules().getTransition(start.requested());
        return transition != null && transition.isOverlap();
    }

    /** Sentences for the user about a shifted or ambiguous start; empty when neither. */
    public String dstNote() {
        if (dstShifted()) {
            return start.message();
        }
        if (dstAmbiguous()) {
            DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
            return start.requested().format(time) + " happens twice on " + date() + " in " + startAt().getZone().getId()
                    + " (clocks go back); the earlier one (UTC" + startAt().getOffset() + ") is used.";
        }
        return "";
    }
}

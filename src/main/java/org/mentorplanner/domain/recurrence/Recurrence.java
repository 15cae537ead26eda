package org.mentorplanner.domain.recurrence;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mentorplanner.domain.InvalidInputException;

/**
 * A repeat rule for copies of a session: a frequency and an end. Expanding it keeps the
 * source's wall-clock start in the session's zone on every date, across daylight-saving
 * changes; a start inside a gap moves forward by the gap and is flagged (see {@link Occurrence}).
 *
 * @param frequency how often
 * @param end       a count or a last date (inclusive)
 */
public record Recurrence(Frequency frequency, RecurrenceEnd end) {

    /** Most copies one source may get in one run. */
    public static final int MAX_COPIES = 2_000;
    /** How far ahead an until date may reach. */
    public static final int MAX_YEARS_AHEAD = 10;

    public Recurrence {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(end, "end");
        if (end instanceof RecurrenceEnd.Count count && (count.copies() < 1 || count.copies() > MAX_COPIES)) {
            throw new InvalidInputException("The number of copies must be between 1 and " + MAX_COPIES
                    + " (got " + count.copies() + ").");
        }
    }

    /**
     * The copies of a session starting at {@code sourceStart} (wall clock in {@code zone}).
     *
     * @throws InvalidInputException when the until date is not after the source date, too far
     *                               ahead, or would make more than {@link #MAX_COPIES} copies
     */
    public Expansion expand(LocalDateTime sourceStart, Duration duration, ZoneId zone) {
        LocalDate sourceDate = sourceStart.toLocalDate();
        LocalTime wallClock = sourceStart.toLocalTime();
        LocalDate lastDate = end instanceof RecurrenceEnd.Until until ? until.lastDate() : null;
        int wanted = end instanceof RecurrenceEnd.Count count ? count.copies() : MAX_COPIES + 1;
        if (lastDate != null) {
            checkUntil(sourceDate, lastDate);
        }
        List<Occurrence> occurrences = new ArrayList<>();
        List<YearMonth> skipped = new ArrayList<>();
        frequency.walk(sourceDate, (date, skippedMonth) -> {
            if (date == null) {
                if (lastDate != null && skippedMonth.atEndOfMonth().isAfter(lastDate)) {
                    return false;
                }
                skipped.add(skippedMonth);
                return true;
            }
            if (lastDate != null && date.isAfter(lastDate)) {
                return false;
            }
            occurrences.add(Occurrence.at(date.atTime(wallClock), zone, duration));
            return occurrences.size() < wanted;
        });
        if (occurrences.size() > MAX_COPIES) {
            throw new InvalidInputException("Copying " + frequency.describe(sourceDate) + " until " + lastDate
                    + " makes more than " + MAX_COPIES + " copies of one session: pick an earlier date or a rarer frequency.");
        }
        return new Expansion(occurrences, skipped);
    }

    private static void checkUntil(LocalDate sourceDate, LocalDate lastDate) {
        if (!lastDate.isAfter(sourceDate)) {
            throw new InvalidInputException("The until date " + lastDate + " must be after the session's date "
                    + sourceDate + ": copies start after the session.");
        }
        if (lastDate.isAfter(sourceDate.plusYears(MAX_YEARS_AHEAD))) {
            throw new InvalidInputException("The until date " + lastDate + " is more than " + MAX_YEARS_AHEAD
                    + " years after the session: pick an earlier date.");
        }
    }
}

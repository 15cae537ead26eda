package org.mentorplanner.busy;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * Works around a recurrence bug of ical4j 4.0.0-rc5 by handing it an equivalent rule it expands
 * correctly; the expansion itself stays ical4j's (ADR 0025).
 *
 * <p>The bug: {@code Recur.getCandidates} applies the implicit {@code BYMONTHDAY} taken from
 * DTSTART (RFC 5545 uses it only when no {@code BYDAY} is given) to every {@code FREQ=MONTHLY}
 * rule, {@code BYDAY} or not. So a monthly rule by weekday from a DTSTART on the 29th to 31st
 * has no occurrence in the months without that day ("last weekday of the month" from
 * 30 January skips February). Fixed upstream by ical4j commit eb7fab4 ("Don't apply implicit
 * monthday when BYDAY rule is specified", first released in 4.0.7).
 *
 * <p>The equivalent rule adds {@code BYMONTHDAY=1,...,31}: it expands to every day the month
 * has (days a month lacks are dropped) and {@code BYDAY} then limits them to its weekdays, the
 * same set RFC 5545 gives for the rule without it, with no implicit day from DTSTART. A
 * {@code BYDAY} with an ordinal ("-1FR", "2TU") only limits by weekday once {@code BYMONTHDAY}
 * is present, so a single ordinal weekday becomes the weekday with {@code BYSETPOS} of that
 * ordinal ("the last Friday" is "of the Fridays, the last"). Rules of other shapes (several
 * ordinals, an ordinal together with {@code BYSETPOS}) are left as they are.
 */
final class MonthlyByDayRules {

    private static final List<Integer> EVERY_MONTH_DAY = IntStream.rangeClosed(1, 31).boxed().toList();

    private MonthlyByDayRules() {
    }

    /**
     * A rule ical4j 4.0.0-rc5 expands as RFC 5545 says, equivalent to {@code recur}; {@code recur}
     * itself when it is not a monthly rule by weekday. Every such rule is rewritten, whatever
     * DTSTART's day: ical4j takes that day in the machine's zone for a UTC DTSTART, so which
     * series are hit depends on the machine, while the rewritten rule is right everywhere.
     */
    static <T extends Temporal> Recur<T> equivalent(Recur<T> recur) {
        if (!affected(recur)) {
            return recur;
        }
        List<WeekDay> days = recur.getDayList();
        boolean ordinal = days.stream().anyMatch(day -> day.getOffset() != 0);
        Recur.Builder<T> builder = new Recur.Builder<>(recur).monthDayList(EVERY_MONTH_DAY);
        if (ordinal) {
            WeekDay only = days.get(0);
            builder.dayList(new ArrayList<>(List.of(WeekDay.getWeekDay(only.getDay()))))
                   .setPosList(new ArrayList<>(List.of(only.getOffset())));
        }
        return builder.build();
    }

    private static boolean affected(Recur<?> recur) {
        if (recur.getFrequency() != Frequency.MONTHLY || recur.getDayList().isEmpty()
                || !recur.getMonthDayList().isEmpty() || !recur.getYearDayList().isEmpty() || !recur.getWeekNoList().isEmpty()) {
            return false;
        }
        List<WeekDay> days = recur.getDayList();
        long ordinals = days.stream().filter(day -> day.getOffset() != 0).count();
        return ordinals == 0 || (days.size() == 1 && recur.getSetPosList().isEmpty());
    }
}

package org.mentorplanner.domain.recurrence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * How often copies of a session repeat. Each frequency walks the dates after the source date
 * in order; a monthly rule on a 5th weekday also passes the months that have none, so they
 * can be reported instead of silently dropped.
 */
public sealed interface Frequency {

    /** Most weeks between two copies that {@link #everyWeeks(int)} accepts. */
    int MAX_WEEKS = 52;

    /** Every day. */
    static Frequency daily() {
        return new Daily();
    }

    /** Every Monday to Friday. */
    static Frequency weekdays() {
        return new Weekdays();
    }

    /** Every week. */
    static Frequency weekly() {
        return new Weekly(1);
    }

    /** Every {@code weeks} weeks, on the source's weekday. */
    static Frequency everyWeeks(int weeks) {
        return new Weekly(weeks);
    }

    /** Monthly on the source's weekday of the month, "2nd Tuesday" (the 5th skips months without one). */
    static Frequency monthlyOnOrdinalWeekday() {
        return new MonthlyByWeekday(false);
    }

    /** Monthly on the last of the source's weekday, "last Friday". */
    static Frequency monthlyOnLastWeekday() {
        return new MonthlyByWeekday(true);
    }

    /**
     * Visits the candidate slots after {@code source}, in order, until the visitor says stop.
     *
     * @param source the source session's date; copies start after it
     * @param visitor returns {@code false} to stop
     */
    void walk(LocalDate source, SlotVisitor visitor);

    /** Words for the user, for example "every 2nd Tuesday of the month". */
    String describe(LocalDate source);

    /** One step of a walk: a date, or a month skipped because it has no such weekday. */
    @FunctionalInterface
    interface SlotVisitor {
        /** {@code date} is {@code null} when {@code skippedMonth} is set. Returns whether to go on. */
        boolean visit(LocalDate date, YearMonth skippedMonth);
    }

    /** Every day. */
    record Daily() implements Frequency {
        @Override
        public void walk(LocalDate source, SlotVisitor visitor) {
            LocalDate date = source.plusDays(1);
            while (visitor.visit(date, null)) {
                date = date.plusDays(1);
            }
        }

        @Override
        public String describe(LocalDate source) {
            return "every day";
        }
    }

    /** Monday to Friday. */
    record Weekdays() implements Frequency {
        @Override
        public void walk(LocalDate source, SlotVisitor visitor) {
            LocalDate date = source;
            do {
                date = date.plusDays(1);
                while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    date = date.plusDays(1);
                }
            } while (visitor.visit(date, null));
        }

        @Override
        public String describe(LocalDate source) {
            return "every weekday (Monday to Friday)";
        }
    }

    /**
     * Every {@code weeks} weeks on the source's weekday.
     *
     * @param weeks 1 for weekly, 2 for fortnightly, up to {@link #MAX_WEEKS}
     */
    record Weekly(int weeks) implements Frequency {
        public Weekly {
            if (weeks < 1 || weeks > MAX_WEEKS) {
                throw new IllegalArgumentException("weeks must be 1.." + MAX_WEEKS + ": " + weeks);
            }
        }

        @Override
        public void walk(LocalDate source, SlotVisitor visitor) {
            LocalDate date = source.plusWeeks(weeks);
            while (visitor.visit(date, null)) {
                date = date.plusWeeks(weeks);
            }
        }

        @Override
        public String describe(LocalDate source) {
            String day = dayName(source.getDayOfWeek());
            return weeks == 1 ? "every week on " + day : "every " + weeks + " weeks on " + day;
        }
    }

    /**
     * Monthly on one weekday of the month: the same ordinal as the source date (its 1st to 5th
     * such weekday), or the last one.
     *
     * @param last {@code true} for "last Friday", {@code false} for "2nd Tuesday"
     */
    record MonthlyByWeekday(boolean last) implements Frequency {

        /** The source's ordinal of its weekday in its month: 1 for days 1-7, ..., 5 for days 29-31. */
        public static int ordinalOf(LocalDate date) {
            return (date.getDayOfMonth() - 1) / 7 + 1;
        }

        @Override
        public void walk(LocalDate source, SlotVisitor visitor) {
            DayOfWeek day = source.getDayOfWeek();
            int ordinal = ordinalOf(source);
            YearMonth month = YearMonth.from(source).plusMonths(1);
            boolean goOn = true;
            while (goOn) {
                LocalDate date = last
                        ? month.atEndOfMonth().with(TemporalAdjusters.lastInMonth(day))
                        : month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day));
                goOn = YearMonth.from(date).equals(month) ? visitor.visit(date, null) : visitor.visit(null, month);
                month = month.plusMonths(1);
            }
        }

        @Override
        public String describe(LocalDate source) {
            String day = dayName(source.getDayOfWeek());
            return last ? "every last " + day + " of the month"
                        : "every " + ordinalWord(ordinalOf(source)) + " " + day + " of the month";
        }

        private static String ordinalWord(int ordinal) {
            return switch (ordinal) {
                case 1 -> "1st";
                case 2 -> "2nd";
                case 3 -> "3rd";
                default -> ordinal + "th";
            };
        }
    }

    private static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}

package org.mentorplanner.ui.duplicate;

import java.time.LocalDate;
import org.mentorplanner.domain.recurrence.Frequency;

/** The repeat choices of the bulk duplicate dialog, each turned into the engine's {@link Frequency}. */
public enum FrequencyChoice {
    DAILY,
    WEEKDAYS,
    WEEKLY,
    EVERY_N_WEEKS,
    MONTHLY_ON_WEEKDAY,
    MONTHLY_ON_LAST_WEEKDAY;

    /** The engine's frequency; {@code weeks} is used by {@link #EVERY_N_WEEKS} only. */
    public Frequency frequency(int weeks) {
        return switch (this) {
            case DAILY -> Frequency.daily();
            case WEEKDAYS -> Frequency.weekdays();
            case WEEKLY -> Frequency.weekly();
            case EVERY_N_WEEKS -> Frequency.everyWeeks(weeks);
            case MONTHLY_ON_WEEKDAY -> Frequency.monthlyOnOrdinalWeekday();
            case MONTHLY_ON_LAST_WEEKDAY -> Frequency.monthlyOnLastWeekday();
        };
    }

    /**
     * Words for the choice box, in terms of the first source's date ("Every 2nd Tuesday of the
     * month", "Every last Friday of the month"); other sources keep their own weekday.
     */
    public String label(LocalDate firstSource, int weeks) {
        if (this == EVERY_N_WEEKS) {
            return "Every N weeks (" + frequency(Math.max(2, weeks)).describe(firstSource) + ")";
        }
        String words = frequency(weeks).describe(firstSource);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

package org.mentorplanner.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentorplanner.domain.recurrence.Frequency;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --every}: {@code day}, {@code weekday}, {@code week}, {@code 2weeks} (any {@code Nweeks}),
 * {@code month-weekday} (the session's weekday of the month, "2nd Tuesday") or
 * {@code month-last-weekday} ("last Friday").
 */
final class FrequencyConverter implements ITypeConverter<Frequency> {

    private static final Pattern WEEKS = Pattern.compile("(\\d{1,3})\\s*-?\\s*weeks?");

    @Override
    public Frequency convert(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        Matcher weeks = WEEKS.matcher(text);
        if (weeks.matches()) {
            int n = Integer.parseInt(weeks.group(1));
            if (n < 1 || n > Frequency.MAX_WEEKS) {
                throw new TypeConversionException("'" + value + "': choose between 1 and " + Frequency.MAX_WEEKS + " weeks.");
            }
            return Frequency.everyWeeks(n);
        }
        return switch (text) {
            case "day", "daily" -> Frequency.daily();
            case "weekday", "weekdays" -> Frequency.weekdays();
            case "week", "weekly" -> Frequency.weekly();
            case "month-weekday" -> Frequency.monthlyOnOrdinalWeekday();
            case "month-last-weekday" -> Frequency.monthlyOnLastWeekday();
            default -> throw new TypeConversionException("'" + value
                    + "' is not a frequency: use day, weekday, week, 2weeks (any number of weeks), month-weekday or month-last-weekday.");
        };
    }
}

package org.mentorplanner.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.InvalidInputException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converters for option values people type: durations, dates, dates with times, enrollment methods. */
public final class Converters {

    private Converters() {
    }

    /** {@code 45m}, {@code 1h30m}, {@code 2h}, {@code 90} (minutes) or ISO {@code PT45M}. */
    public static final class Minutes implements ITypeConverter<Duration> {

        private static final Pattern HOURS_MINUTES = Pattern.compile("(?:(\\d{1,3})\\s*h)?\\s*(?:(\\d{1,5})\\s*(?:m|min)?)?");

        @Override
        public Duration convert(String value) {
            return parse(value);
        }

        /** Parses a duration as described above. */
        public static Duration parse(String value) {
            String text = value.strip().toLowerCase(Locale.ROOT);
            if (text.startsWith("pt")) {
                try {
                    return Duration.parse(text);
                } catch (DateTimeParseException e) {
                    throw invalid(value);
                }
            }
            Matcher m = HOURS_MINUTES.matcher(text);
            if (!m.matches() || (m.group(1) == null && m.group(2) == null)) {
                throw invalid(value);
            }
            long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
            long minutes = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
            return Duration.ofHours(hours).plusMinutes(minutes);
        }

        /** The short form people type: 45m, 2h, 1h30m. */
        public static String format(Duration duration) {
            long hours = duration.toHours();
            int minutes = duration.toMinutesPart();
            return hours == 0 ? minutes + "m" : minutes == 0 ? hours + "h" : hours + "h" + minutes + "m";
        }

        private static TypeConversionException invalid(String value) {
            return new TypeConversionException("'" + value + "' is not a duration: use minutes like 45m or 90, or hours and minutes like 1h30m.");
        }
    }

    /** {@code 2026-12-01T10:00} (a space instead of the T works too). */
    public static final class DateTime implements ITypeConverter<LocalDateTime> {
        @Override
        public LocalDateTime convert(String value) {
            try {
                return LocalDateTime.parse(value.strip().replace(' ', 'T'));
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date and time: use the form 2026-12-01T10:00.");
            }
        }
    }

    /** {@code 2026-12-01}. */
    public static final class Date implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date: use the form 2026-12-01.");
            }
        }
    }

    /** {@code online}, {@code in-person} or {@code both}. */
    public static final class Method implements ITypeConverter<EnrollmentMethod> {
        @Override
        public EnrollmentMethod convert(String value) {
            try {
                return EnrollmentMethod.parse(value);
            } catch (InvalidInputException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}

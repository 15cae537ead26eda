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

        /** Digits beyond this many make a duration far over any limit; they are not parsed as a number. */
        private static final int MAX_DIGITS = 9;
        private static final Pattern HOURS_MINUTES = Pattern.compile("(-)?\\s*(?:(\\d+)\\s*h)?\\s*(?:(\\d+)\\s*(?:m|min)?)?");

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
            if (!m.matches() || (m.group(2) == null && m.group(3) == null)) {
                throw invalid(value);
            }
            long hours = number(m.group(2));
            long minutes = number(m.group(3));
            if (m.group(2) != null && m.group(3) != null && minutes >= 60) {
                throw new TypeConversionException("'" + value + "' is not a duration: after the hours, minutes go from 0 to 59, "
                        + "as in 1h30m (or give only minutes, such as 121m).");
            }
            // A negative or far too long duration is a well-formed value the session rules refuse (exit 1).
            Duration duration = Duration.ofHours(hours).plusMinutes(minutes);
            return m.group(1) == null ? duration : duration.negated();
        }

        private static long number(String digits) {
            if (digits == null) {
                return 0;
            }
            return digits.length() > MAX_DIGITS ? 999_999_999L : Long.parseLong(digits);
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

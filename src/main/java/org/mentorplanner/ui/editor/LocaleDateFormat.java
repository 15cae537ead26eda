package org.mentorplanner.ui.editor;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import javafx.util.StringConverter;

/**
 * Dates as the user's locale writes them in short form, with the year in full: 12/31/2026 in
 * the US, 31/12/2026 in the UK, 31.12.2026 in Germany. A date field reads what it shows with
 * this, so what is saved is always what is on screen; ISO dates (2026-12-31) are read too.
 */
public final class LocaleDateFormat {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    /** A day above 12 makes the example show which part is the day. */
    private static final LocalDate EXAMPLE = LocalDate.of(2026, 12, 31);

    private final DateTimeFormatter shown;
    private final DateTimeFormatter read;
    private final String order;

    public LocaleDateFormat(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        // The year in full: "12/31/26" is ambiguous and a two-digit year reads as the first century.
        String full = pattern.replaceAll("y+", "yyyy");
        this.shown = DateTimeFormatter.ofPattern(full, locale);
        // Reading takes one or two digits for the day and the month, and exactly the date shown.
        this.read = DateTimeFormatter.ofPattern(full.replaceAll("d+", "d").replaceAll("M+", "M").replace("yyyy", "uuuu"), locale)
                                     .withResolverStyle(ResolverStyle.STRICT);
        this.order = order(full);
    }

    /** The date as the field shows it. */
    public String format(LocalDate date) {
        return date == null ? "" : shown.format(date);
    }

    /** The date {@code text} means in this locale (or in ISO form), if it is one. */
    public Optional<LocalDate> parse(String text) {
        String value = text == null ? "" : text.strip();
        for (DateTimeFormatter format : new DateTimeFormatter[] {read, ISO}) {
            try {
                return Optional.of(LocalDate.parse(value, format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** What to tell the user about {@code text} that is not a date: how to write one. */
    public String problem(String text) {
        return "'" + text.strip() + "' is not a date: write it like " + format(EXAMPLE) + " (" + order + ").";
    }

    /**
     * A converter for a {@link javafx.scene.control.DatePicker}: text that is no date gives
     * {@code current} (the picker's value as it is), so the picker neither throws nor clears the
     * text; the editor marks such text as wrong instead.
     */
    public StringConverter<LocalDate> converter(Supplier<LocalDate> current) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                return parse(text).orElseGet(current);
            }
        };
    }

    /** "month/day/year", "day/month/year" or "year-month-day", from the pattern's order. */
    private static String order(String pattern) {
        int day = pattern.indexOf('d');
        int month = pattern.indexOf('M');
        int year = pattern.indexOf('y');
        TreeMap<Integer, String> parts = new TreeMap<>();
        parts.put(day, "day");
        parts.put(month, "month");
        parts.put(year, "year");
        return String.join("/", parts.values());
    }
}

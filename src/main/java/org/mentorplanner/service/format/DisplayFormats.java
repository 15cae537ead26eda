package org.mentorplanner.service.format;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The one place that writes dates and times for people (ADR 30): the window, its dialogs and the
 * booking pages ask it, so a date looks the same everywhere. Everything follows one locale
 * (the desktop's, or the one chosen in Settings) and one {@link ClockStyle}: the short date with
 * the year in full (12/31/2026, 31/12/2026, 31.12.2026, 2026/12/31), the time (3:30 PM or
 * 15:30), titles of days, weeks and months, and the first day of the week. The command line
 * does not use it: scripts read ISO dates.
 */
public final class DisplayFormats {

    /** A day above 12 makes the example show which part is the day. */
    private static final LocalDate EXAMPLE = LocalDate.of(2026, 12, 31);
    private static final String DASH = " – ";

    private final Locale locale;
    private final ClockStyle clock;
    private final WeekFields weekFields;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateRead;
    private final String dateOrder;
    private final DateTimeFormatter time;
    private final List<DateTimeFormatter> timeReaders;
    private final DateTimeFormatter day;
    private final DateTimeFormatter longDay;
    private final DateTimeFormatter dayMonth;
    private final DateTimeFormatter dayMonthYear;
    private final DateTimeFormatter month;
    private final DateTimeFormatter weekday;
    private final boolean dayFirst;

    private DisplayFormats(Locale locale, ClockStyle clock) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.weekFields = WeekFields.of(locale);
        String shortDate = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        // The year in full: "12/31/26" is ambiguous and a two-digit year reads as the first century.
        String full = shortDate.replaceAll("y+", "yyyy");
        this.date = DateTimeFormatter.ofPattern(full, locale);
        // Reading takes one or two digits for the day and the month, and exactly the date shown.
        this.dateRead = DateTimeFormatter.ofPattern(
                full.replaceAll("d+", "d").replaceAll("M+", "M").replace("yyyy", "uuuu"), locale)
                .withResolverStyle(ResolverStyle.STRICT);
        this.dateOrder = order(full);
        this.time = switch (clock) {
            case LOCALE -> DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
            case TWELVE_HOURS -> DateTimeFormatter.ofLocalizedPattern("hm").withLocale(locale);
            case TWENTY_FOUR_HOURS -> DateTimeFormatter.ofPattern("HH:mm", locale);
        };
        this.timeReaders = List.of(
                reader(DateTimeFormatterBuilder.getLocalizedDateTimePattern(null, FormatStyle.SHORT,
                        IsoChronology.INSTANCE, locale), locale),
                reader("H:mm", locale), reader("h:mm a", Locale.ENGLISH));
        this.day = DateTimeFormatter.ofLocalizedPattern("yMMMEd").withLocale(locale);
        this.longDay = DateTimeFormatter.ofLocalizedPattern("MMMMEEEEd").withLocale(locale);
        this.dayMonth = DateTimeFormatter.ofLocalizedPattern("MMMd").withLocale(locale);
        this.dayMonthYear = DateTimeFormatter.ofLocalizedPattern("yMMMd").withLocale(locale);
        this.month = DateTimeFormatter.ofLocalizedPattern("yMMMM").withLocale(locale);
        this.weekday = DateTimeFormatter.ofPattern("EEE", locale);
        String medium = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null,
                IsoChronology.INSTANCE, locale);
        this.dayFirst = medium.indexOf('d') >= 0 && medium.indexOf('d') < medium.indexOf('M')
                && medium.indexOf('M') < medium.indexOf('y');
    }

    /** The formats of {@code locale} with its own way of writing times. */
    public static DisplayFormats of(Locale locale) {
        return new DisplayFormats(locale, ClockStyle.LOCALE);
    }

    /** The formats of {@code locale}, times written with {@code clock}. */
    public static DisplayFormats of(Locale locale, ClockStyle clock) {
        return new DisplayFormats(locale, clock);
    }

    /** The locale everything follows. */
    public Locale locale() {
        return locale;
    }

    /** Whether times have 12 or 24 hours. */
    public ClockStyle clockStyle() {
        return clock;
    }

    /** The locale's weeks: the first day (Sunday in the US and Japan, Monday in Europe). */
    public WeekFields weekFields() {
        return weekFields;
    }

    /** The first day of the week. */
    public DayOfWeek firstDayOfWeek() {
        return weekFields.getFirstDayOfWeek();
    }

    /** The first day of the week that holds {@code date}. */
    public LocalDate weekStart(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(firstDayOfWeek()));
    }

    /** The short date with the year in full: 12/31/2026, 31/12/2026, 31.12.2026, 2026/12/31. */
    public String date(LocalDate value) {
        return value == null ? "" : date.format(value);
    }

    /** The date {@code text} means as {@link #date} writes it (or in ISO form, 2026-12-31), if it is one. */
    public Optional<LocalDate> parseDate(String text) {
        String value = text == null ? "" : text.strip();
        for (DateTimeFormatter format : new DateTimeFormatter[] {dateRead, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return Optional.of(LocalDate.parse(value, format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** What to tell the user about {@code text} that is not a date: how to write one. */
    public String dateProblem(String text) {
        return "'" + (text == null ? "" : text.strip()) + "' is not a date: write it like " + date(EXAMPLE)
                + " (" + dateOrder + ").";
    }

    /** The time of day: 3:30 PM or 15:30. */
    public String time(LocalTime value) {
        return time.format(value);
    }

    /**
     * The time of day {@code text} means: as {@link #time} writes it (any case, with a plain space
     * before AM or PM), or on a 24-hour clock (15:30, 9:30), whatever the clock style.
     */
    public Optional<LocalTime> parseTime(String text) {
        String value = text == null ? "" : text.strip().replace('\u202f', ' ').replace('\u00a0', ' ');
        for (DateTimeFormatter format : timeReaders) {
            try {
                return Optional.of(LocalTime.parse(value, format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** The formatter behind {@link #time}, for controls that take one (the grid's time scale). */
    public DateTimeFormatter timeFormatter() {
        return time;
    }

    /** "10:00\u202fAM–11:00\u202fAM", "10:00–11:00": one dash, no spaces, as a run of times in a table. */
    public String timeRange(LocalTime from, LocalTime to) {
        return time(from) + "–" + time(to);
    }

    /** A day with its weekday and year: "Mon, Nov 23, 2026", "Mon, 23 Nov 2026", "Mo., 23. Nov. 2026". */
    public String day(LocalDate value) {
        return day.format(value);
    }

    /** The formatter behind {@link #day}. */
    public DateTimeFormatter dayFormatter() {
        return day;
    }

    /** A day in words, without the year: "Monday, November 23", "Monday 23 November". */
    public String longDay(LocalDate value) {
        return longDay.format(value);
    }

    /** A day and month without weekday or year: "Nov 23", "23 Nov". */
    public String dayMonth(LocalDate value) {
        return dayMonth.format(value);
    }

    /** A day, month and year without weekday: "Nov 23, 2026", "23 Nov 2026". */
    public String dayMonthYear(LocalDate value) {
        return dayMonthYear.format(value);
    }

    /** The formatter behind {@link #dayMonthYear}. */
    public DateTimeFormatter dayMonthYearFormatter() {
        return dayMonthYear;
    }

    /** The weekday, short: "Mon", "Mo.", "月". */
    public String weekday(LocalDate value) {
        return weekday.format(value);
    }

    /** The formatter behind {@link #weekday}. */
    public DateTimeFormatter weekdayFormatter() {
        return weekday;
    }

    /** A month's title: "November 2026", "2026年11月". */
    public String month(LocalDate value) {
        return month.format(value);
    }

    /** A day and its time: "Sat, Dec 5, 2026, 3:30 PM", "Sa., 5. Dez. 2026, 15:30". */
    public String dayAndTime(LocalDateTime value) {
        return day(value.toLocalDate()) + ", " + time(value.toLocalTime());
    }

    /**
     * A run of days such as a week, each part said once where the locale puts the day first
     * ("23 – 29 Nov 2026", "23. – 29. Nov. 2026", "30 Nov – 6 Dec 2026"), else the two days
     * with the year once ("Nov 23 – Nov 29, 2026"); across a new year both days in full.
     */
    public String range(LocalDate from, LocalDate to) {
        if (from.getYear() != to.getYear()) {
            return dayMonthYear(from) + DASH + dayMonthYear(to);
        }
        if (dayFirst && from.getMonth() == to.getMonth()) {
            return dayOnly(from) + DASH + dayMonthYear(to);
        }
        return dayMonth(from) + DASH + dayMonthYear(to);
    }

    /** The day of the month as a day-first locale writes it before the month: "23", "23.". */
    private String dayOnly(LocalDate value) {
        String withMonth = dayMonth(value);
        String digits = String.valueOf(value.getDayOfMonth());
        int at = withMonth.indexOf(digits);
        if (at != 0) {
            return withMonth;
        }
        int end = digits.length();
        // Keep what belongs to the number ("23." in German), not the space before the month.
        while (end < withMonth.length() && !Character.isLetterOrDigit(withMonth.charAt(end))
                && !Character.isWhitespace(withMonth.charAt(end))) {
            end++;
        }
        return withMonth.substring(0, end);
    }

    /** A case-blind reader of {@code pattern}, with plain spaces where the locale writes narrow ones. */
    private static DateTimeFormatter reader(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive()
                .appendPattern(pattern.replace('\u202f', ' ').replace('\u00a0', ' '))
                .toFormatter(locale);
    }

    /** "month/day/year", "day/month/year" or "year-month-day", from the pattern's order. */
    private static String order(String pattern) {
        TreeMap<Integer, String> parts = new TreeMap<>();
        parts.put(pattern.indexOf('d'), "day");
        parts.put(pattern.indexOf('M'), "month");
        parts.put(pattern.indexOf('y'), "year");
        return String.join("/", parts.values());
    }

    @Override
    public String toString() {
        return locale.toLanguageTag() + ", " + clock;
    }
}

package org.mentorplanner.service.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one convention of each locale, set explicitly (never the machine's): en-US, en-GB, de-DE
 * and ja-JP, for every kind of text the window and the booking pages show.
 */
class DisplayFormatsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalTime HALF_PAST_THREE = LocalTime.of(15, 30);

    static Stream<Arguments> locales() {
        return Stream.of(
                Arguments.of("en-US", DayOfWeek.SUNDAY, "12/31/2026", "3:30\u202fPM", "Mon, Nov 23, 2026",
                        "November 2026", "Nov 22 – Nov 28, 2026"),
                Arguments.of("en-GB", DayOfWeek.MONDAY, "31/12/2026", "15:30", "Mon, 23 Nov 2026",
                        "November 2026", "23 – 29 Nov 2026"),
                Arguments.of("de-DE", DayOfWeek.MONDAY, "31.12.2026", "15:30", "Mo., 23. Nov. 2026",
                        "November 2026", "23. – 29. Nov. 2026"),
                Arguments.of("ja-JP", DayOfWeek.SUNDAY, "2026/12/31", "15:30", "2026年11月23日(月)",
                        "2026年11月", "11月22日 – 2026年11月28日"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void eachLocaleWritesEveryPartItsOwnWay(String tag, DayOfWeek firstDay, String date, String time, String day,
                                            String month, String week) {
        DisplayFormats formats = DisplayFormats.of(Locale.forLanguageTag(tag));

        assertThat(formats.firstDayOfWeek()).isEqualTo(firstDay);
        assertThat(formats.date(LocalDate.of(2026, 12, 31))).isEqualTo(date);
        assertThat(formats.time(HALF_PAST_THREE)).isEqualTo(time);
        assertThat(formats.day(MONDAY)).isEqualTo(day);
        assertThat(formats.month(MONDAY)).isEqualTo(month);
        LocalDate first = formats.weekStart(MONDAY);
        assertThat(formats.range(first, first.plusDays(6))).isEqualTo(week);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void whatIsWrittenIsReadBack(String tag) {
        DisplayFormats formats = DisplayFormats.of(Locale.forLanguageTag(tag));
        LocalDate date = LocalDate.of(2026, 12, 31);

        assertThat(formats.parseDate(formats.date(date))).contains(date);
        assertThat(formats.parseDate("2026-12-31")).as("ISO everywhere").contains(date);
        assertThat(formats.parseTime(formats.time(HALF_PAST_THREE))).contains(HALF_PAST_THREE);
        assertThat(formats.parseTime("15:30")).as("a 24-hour time everywhere").contains(HALF_PAST_THREE);
    }

    @Test
    void theClockSettingOverridesTheLocalesHours() {
        assertThat(DisplayFormats.of(Locale.US, ClockStyle.TWENTY_FOUR_HOURS).time(HALF_PAST_THREE)).isEqualTo("15:30");
        assertThat(DisplayFormats.of(Locale.GERMANY, ClockStyle.TWELVE_HOURS).time(HALF_PAST_THREE))
                .isEqualTo("3:30\u202fPM");
        DisplayFormats twelve = DisplayFormats.of(Locale.UK, ClockStyle.TWELVE_HOURS);
        assertThat(twelve.parseTime(twelve.time(HALF_PAST_THREE))).contains(HALF_PAST_THREE);
    }

    @Test
    void aTypedTwelveHourTimeIsReadWithAPlainSpaceInAnyCase() {
        DisplayFormats us = DisplayFormats.of(Locale.US);

        assertThat(us.parseTime("3:30 pm")).contains(HALF_PAST_THREE);
        assertThat(us.parseTime("3:30 PM")).contains(HALF_PAST_THREE);
        assertThat(us.parseTime("half past")).isEmpty();
    }

    @Test
    void aDayFirstDateTypedInTheUsSaysHowToWriteOne() {
        DisplayFormats us = DisplayFormats.of(Locale.US);

        assertThat(us.parseDate("31/12/2026")).isEmpty();
        assertThat(us.dateProblem("31/12/2026"))
                .isEqualTo("'31/12/2026' is not a date: write it like 12/31/2026 (month/day/year).");
    }

    @Test
    void aWeekAcrossTheNewYearNamesBothYears() {
        DisplayFormats uk = DisplayFormats.of(Locale.UK);

        assertThat(uk.range(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 3))).isEqualTo("28 Dec 2026 – 3 Jan 2027");
        assertThat(uk.range(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6))).isEqualTo("30 Nov – 6 Dec 2026");
    }

    @Test
    void aDayAndTimeFollowTheSameConvention() {
        LocalDateTime start = LocalDateTime.of(2026, 12, 5, 15, 30);

        assertThat(DisplayFormats.of(Locale.US).dayAndTime(start)).isEqualTo("Sat, Dec 5, 2026, 3:30\u202fPM");
        assertThat(DisplayFormats.of(Locale.GERMANY).dayAndTime(start)).isEqualTo("Sa., 5. Dez. 2026, 15:30");
    }
}

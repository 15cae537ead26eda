package org.mentorplanner.domain.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mentorplanner.domain.InvalidInputException;

class RecurrenceTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Expansion expand(Frequency frequency, RecurrenceEnd end, String sourceStart, ZoneId zone) {
        return new Recurrence(frequency, end).expand(LocalDateTime.parse(sourceStart), HOUR, zone);
    }

    private static List<LocalDate> dates(Expansion expansion) {
        return expansion.occurrences().stream().map(Occurrence::date).toList();
    }

    @ParameterizedTest(name = "{0}: weekly from {1} keeps 10:00 as the offset goes {2} -> {3}")
    @CsvSource({
            "America/New_York, 2026-02-26T10:00, -05:00, -04:00",
            "America/New_York, 2026-10-15T10:00, -04:00, -05:00",
            "Europe/London,    2026-03-12T10:00, Z,      +01:00",
            "Europe/London,    2026-10-08T10:00, +01:00, Z",
            "Australia/Sydney, 2026-03-19T10:00, +11:00, +10:00",
            "Australia/Sydney, 2026-09-17T10:00, +10:00, +11:00",
            "Asia/Kolkata,     2026-03-12T10:00, +05:30, +05:30",
            "Asia/Kolkata,     2026-10-15T10:00, +05:30, +05:30",
    })
    void weeklyCopiesKeepWallClockTimeAcrossDaylightSavingChanges(String zone, String sourceStart, String before, String after) {
        Expansion expansion = expand(Frequency.weekly(), RecurrenceEnd.count(6), sourceStart, ZoneId.of(zone));

        assertThat(expansion.occurrences()).hasSize(6).allSatisfy(copy -> {
            assertThat(copy.startAt().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
            assertThat(copy.startAt().getZone()).isEqualTo(ZoneId.of(zone));
            assertThat(copy.dstShifted()).isFalse();
            assertThat(copy.dstAmbiguous()).isFalse();
            assertThat(copy.endAt().toLocalTime()).isEqualTo(LocalTime.of(11, 0));
        });
        assertThat(expansion.occurrences().get(0).startAt().getOffset()).isEqualTo(ZoneOffset.of(before));
        assertThat(expansion.occurrences().get(5).startAt().getOffset()).isEqualTo(ZoneOffset.of(after));
        assertThat(dates(expansion).get(0)).isEqualTo(LocalDate.parse(sourceStart.substring(0, 10)).plusWeeks(1));
    }

    @Test
    void startInSpringForwardGapMovesForwardByTheGapAndIsFlagged() {
        Expansion expansion = expand(Frequency.weekly(), RecurrenceEnd.count(2), "2026-03-01T02:30", NEW_YORK);

        Occurrence gapDay = expansion.occurrences().get(0);
        assertThat(gapDay.date()).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(gapDay.dstShifted()).isTrue();
        assertThat(gapDay.startAt().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-08T03:30"));
        assertThat(gapDay.startAt().getOffset()).isEqualTo(ZoneOffset.of("-04:00"));
        assertThat(gapDay.dstNote()).contains("02:30 does not exist on 2026-03-08").contains("03:30");
        Occurrence weekAfter = expansion.occurrences().get(1);
        assertThat(weekAfter.dstShifted()).isFalse();
        assertThat(weekAfter.startAt().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-15T02:30"));
    }

    @Test
    void startInFallBackOverlapTakesTheEarlierOffsetAndIsFlagged() {
        Expansion expansion = expand(Frequency.weekly(), RecurrenceEnd.count(2), "2026-10-25T01:30", NEW_YORK);

        Occurrence fallBack = expansion.occurrences().get(0);
        assertThat(fallBack.date()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(fallBack.dstAmbiguous()).isTrue();
        assertThat(fallBack.dstShifted()).isFalse();
        assertThat(fallBack.startAt().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-11-01T01:30"));
        assertThat(fallBack.startAt().getOffset()).isEqualTo(ZoneOffset.of("-04:00"));
        assertThat(fallBack.dstNote()).contains("happens twice");
        assertThat(expansion.occurrences().get(1).dstAmbiguous()).isFalse();
    }

    @Test
    void monthlyOnSecondTuesdayFindsTheSecondTuesdayOfEachMonth() {
        Expansion expansion = expand(Frequency.monthlyOnOrdinalWeekday(), RecurrenceEnd.count(3), "2026-01-13T09:00", NEW_YORK);

        assertThat(dates(expansion)).containsExactly(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 14));
        assertThat(expansion.skippedMonths()).isEmpty();
    }

    @Test
    void monthlyOnFifthWeekdaySkipsMonthsWithoutOneAndReportsThem() {
        // 2026-01-29 is the 5th Thursday of January.
        Expansion expansion = expand(Frequency.monthlyOnOrdinalWeekday(), RecurrenceEnd.count(3), "2026-01-29T09:00", NEW_YORK);

        assertThat(dates(expansion)).containsExactly(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 7, 30), LocalDate.of(2026, 10, 29));
        assertThat(expansion.skippedMonths()).containsExactly(YearMonth.of(2026, 2), YearMonth.of(2026, 3),
                YearMonth.of(2026, 5), YearMonth.of(2026, 6), YearMonth.of(2026, 8), YearMonth.of(2026, 9));
    }

    @Test
    void monthlyOnLastWeekdayFindsTheLastOneWhetherFourthOrFifth() {
        // 2026-01-30 is the last (5th) Friday of January; February's last is its 4th.
        Expansion expansion = expand(Frequency.monthlyOnLastWeekday(), RecurrenceEnd.count(3), "2026-01-30T09:00", NEW_YORK);

        assertThat(dates(expansion)).containsExactly(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 27), LocalDate.of(2026, 4, 24));
        assertThat(expansion.skippedMonths()).isEmpty();
    }

    @Test
    void untilDateIsInclusive() {
        Expansion onTheDay = expand(Frequency.weekly(), RecurrenceEnd.until(LocalDate.of(2026, 12, 22)), "2026-12-01T10:00", NEW_YORK);
        Expansion dayBefore = expand(Frequency.weekly(), RecurrenceEnd.until(LocalDate.of(2026, 12, 21)), "2026-12-01T10:00", NEW_YORK);

        assertThat(dates(onTheDay)).containsExactly(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 22));
        assertThat(dates(dayBefore)).containsExactly(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 15));
    }

    @Test
    void untilReportsOnlySkippedMonthsThatEndBeforeIt() {
        Expansion expansion = expand(Frequency.monthlyOnOrdinalWeekday(), RecurrenceEnd.until(LocalDate.of(2026, 5, 15)),
                "2026-01-29T09:00", NEW_YORK);

        assertThat(dates(expansion)).containsExactly(LocalDate.of(2026, 4, 30));
        assertThat(expansion.skippedMonths()).containsExactly(YearMonth.of(2026, 2), YearMonth.of(2026, 3));
    }

    @Test
    void weekdaysSkipTheWeekend() {
        Expansion expansion = expand(Frequency.weekdays(), RecurrenceEnd.count(3), "2026-12-04T10:00", NEW_YORK);

        assertThat(dates(expansion)).containsExactly(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 9));
    }

    @Test
    void dailyAndEveryTwoWeeksStepFromTheSourceDate() {
        assertThat(dates(expand(Frequency.daily(), RecurrenceEnd.count(3), "2026-12-04T10:00", NEW_YORK)))
                .containsExactly(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 7));
        assertThat(dates(expand(Frequency.everyWeeks(2), RecurrenceEnd.until(LocalDate.of(2027, 1, 1)), "2026-12-04T10:00", NEW_YORK)))
                .containsExactly(LocalDate.of(2026, 12, 18), LocalDate.of(2027, 1, 1));
    }

    @Test
    void untilOnOrBeforeTheSourceDateIsRefusedWithAReason() {
        assertThatThrownBy(() -> expand(Frequency.weekly(), RecurrenceEnd.until(LocalDate.of(2026, 12, 4)), "2026-12-04T10:00", NEW_YORK))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("must be after the session's date 2026-12-04");
    }

    @Test
    void countOutsideItsRangeIsRefusedWithAReason() {
        assertThatThrownBy(() -> new Recurrence(Frequency.weekly(), RecurrenceEnd.count(0)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("between 1 and " + Recurrence.MAX_COPIES);
    }

    @Test
    void untilThatWouldMakeTooManyCopiesIsRefused() {
        assertThatThrownBy(() -> expand(Frequency.daily(), RecurrenceEnd.until(LocalDate.of(2033, 1, 1)), "2026-12-04T10:00", NEW_YORK))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("more than " + Recurrence.MAX_COPIES + " copies");
    }

    @Test
    void frequenciesDescribeThemselvesInWords() {
        LocalDate secondTuesday = LocalDate.of(2026, 1, 13);
        assertThat(Frequency.monthlyOnOrdinalWeekday().describe(secondTuesday)).isEqualTo("every 2nd Tuesday of the month");
        assertThat(Frequency.monthlyOnLastWeekday().describe(secondTuesday)).isEqualTo("every last Tuesday of the month");
        assertThat(Frequency.everyWeeks(3).describe(secondTuesday)).isEqualTo("every 3 weeks on Tuesday");
    }
}

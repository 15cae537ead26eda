package org.mentorplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {

    private static final LocalDateTime WEDNESDAY_NINE = LocalDateTime.of(2026, 12, 2, 9, 0);

    @Test
    void byDefaultMondayToFridayFromEightToSix() {
        assertThat(WorkingHours.DEFAULT.on(DayOfWeek.MONDAY)).contains(new WorkingHours.Day(LocalTime.of(8, 0), LocalTime.of(18, 0)));
        assertThat(WorkingHours.DEFAULT.on(DayOfWeek.SATURDAY)).isEmpty();
        assertThat(WorkingHours.DEFAULT.earliestStart()).isEqualTo(LocalTime.of(8, 0));
        assertThat(WorkingHours.DEFAULT.latestEnd()).isEqualTo(LocalTime.of(18, 0));
    }

    @Test
    void aSessionIsCoveredOnlyWhollyInsideItsWeekdaysHours() {
        WorkingHours hours = WorkingHours.DEFAULT;

        assertThat(hours.covers(WEDNESDAY_NINE, WEDNESDAY_NINE.plusHours(1))).isTrue();
        assertThat(hours.covers(WEDNESDAY_NINE.withHour(7), WEDNESDAY_NINE.withHour(8))).as("ends at the start").isFalse();
        assertThat(hours.covers(WEDNESDAY_NINE.withHour(17).withMinute(30), WEDNESDAY_NINE.withHour(18).withMinute(30)))
                .as("runs past the end").isFalse();
        assertThat(hours.covers(WEDNESDAY_NINE.plusDays(3), WEDNESDAY_NINE.plusDays(3).plusHours(1))).as("Saturday").isFalse();
    }

    @Test
    void eachWeekdayHasHoursOfItsOwnAndTheyAreKeptAsText() {
        WorkingHours hours = WorkingHours.DEFAULT
                .with(DayOfWeek.FRIDAY, Optional.of(new WorkingHours.Day(LocalTime.of(9, 0), LocalTime.of(13, 0))))
                .with(DayOfWeek.MONDAY, Optional.empty());

        assertThat(hours.covers(WEDNESDAY_NINE.plusDays(2).withHour(14), WEDNESDAY_NINE.plusDays(2).withHour(15))).isFalse();
        assertThat(hours.on(DayOfWeek.MONDAY)).isEmpty();
        assertThat(WorkingHours.parse(hours.text())).isEqualTo(hours);
        assertThat(WorkingHours.parse(WorkingHours.of(Map.of()).text())).as("no working day at all")
                .isEqualTo(WorkingHours.of(Map.of()));
        assertThat(WorkingHours.parse("garbled")).isEqualTo(WorkingHours.DEFAULT);
    }

    @Test
    void hoursMustEndAfterTheyStart() {
        assertThatThrownBy(() -> new WorkingHours.Day(LocalTime.of(18, 0), LocalTime.of(8, 0)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("end after they start");
    }
}

package org.mentorplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class ConvertersTest {

    @ParameterizedTest
    @CsvSource({"45m, 45", "90, 90", "1h30m, 90", "2h, 120", "1h 5m, 65", "PT45M, 45", "30min, 30", "1H30M, 90"})
    void durationsReadAsPeopleTypeThem(String text, long minutes) {
        assertThat(Converters.Minutes.parse(text)).isEqualTo(Duration.ofMinutes(minutes));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "h", "m", "45s", "1.5h", "PTX", "1h61m", "2h60m"})
    void nonsenseDurationsAreRefusedWithAHint(String text) {
        assertThatThrownBy(() -> Converters.Minutes.parse(text))
                .isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("1h30m");
    }

    @ParameterizedTest
    @CsvSource({"-5m, -5", "100000h, 6000000", "-1h30m, -90", "0m, 0", "99999999999999999999h, 59999999940"})
    void wellFormedDurationsOutsideTheLimitsAreReadForTheRulesToRefuse(String text, long minutes) {
        assertThat(Converters.Minutes.parse(text)).isEqualTo(Duration.ofMinutes(minutes));
    }

    @Test
    void durationsPrintInTheShortForm() {
        assertThat(Converters.Minutes.format(Duration.ofMinutes(45))).isEqualTo("45m");
        assertThat(Converters.Minutes.format(Duration.ofMinutes(120))).isEqualTo("2h");
        assertThat(Converters.Minutes.format(Duration.ofMinutes(90))).isEqualTo("1h30m");
    }

    @Test
    void startTimesAcceptASpaceForTheT() {
        assertThat(new Converters.DateTime().convert("2026-12-01 10:00")).isEqualTo("2026-12-01T10:00");
    }
}

package org.mentorplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorplanner.domain.recurrence.Frequency;
import picocli.CommandLine.TypeConversionException;

class FrequencyConverterTest {

    private final FrequencyConverter converter = new FrequencyConverter();

    @Test
    void everyWordOfTheCommandLineMeansItsFrequency() {
        assertThat(converter.convert("day")).isEqualTo(Frequency.daily());
        assertThat(converter.convert("weekday")).isEqualTo(Frequency.weekdays());
        assertThat(converter.convert("week")).isEqualTo(Frequency.weekly());
        assertThat(converter.convert("2weeks")).isEqualTo(Frequency.everyWeeks(2));
        assertThat(converter.convert(" 3 Weeks ")).isEqualTo(Frequency.everyWeeks(3));
        assertThat(converter.convert("1week")).isEqualTo(Frequency.weekly());
        assertThat(converter.convert("month-weekday")).isEqualTo(Frequency.monthlyOnOrdinalWeekday());
        assertThat(converter.convert("month-last-weekday")).isEqualTo(Frequency.monthlyOnLastWeekday());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0weeks", "53weeks"})
    void weeksOutsideOneToFiftyTwoAreRefused(String value) {
        assertThatThrownBy(() -> converter.convert(value))
                .isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("between 1 and 52 weeks");
    }

    @Test
    void anUnknownWordIsRefusedListingTheKnownOnes() {
        assertThatThrownBy(() -> converter.convert("monthly"))
                .isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("'monthly' is not a frequency: use day, weekday, week, 2weeks");
    }
}

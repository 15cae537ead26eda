package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mentorplanner.service.format.DisplayFormats;

/** The toolbar's title of a week: each part of the dates said once. */
class RangeTextTest {

    private static final DisplayFormats EN_GB = DisplayFormats.of(Locale.forLanguageTag("en-GB"));

    @Test
    void aWeekInOneMonthNamesTheMonthOnce() {
        assertThat(PlannerPresenter.rangeText(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29), EN_GB))
                .isEqualTo("23 – 29 Nov 2026");
    }

    @Test
    void aWeekAcrossTwoMonthsNamesBoth() {
        assertThat(PlannerPresenter.rangeText(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6), EN_GB))
                .isEqualTo("30 Nov – 6 Dec 2026");
    }

    @Test
    void aWeekAcrossTwoYearsNamesBoth() {
        assertThat(PlannerPresenter.rangeText(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 3), EN_GB))
                .isEqualTo("28 Dec 2026 – 3 Jan 2027");
    }
}

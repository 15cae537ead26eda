package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mentorplanner.service.format.DisplayFormats;

/** The days each page shows and the name of its count, without a window. */
class PlannerPagesTest {

    private static final DisplayFormats EN_GB = DisplayFormats.of(Locale.forLanguageTag("en-GB"));
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    @Test
    void aWeekRunsFromTheFirstDayOfTheWeekForSevenDays() {
        PlannerPages.Span week = PlannerPages.span(PlannerPage.WEEK, WEDNESDAY, EN_GB);
        assertThat(week.from()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(week.to()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(week.title()).isEqualTo(EN_GB.range(week.from(), week.to()));
        assertThat(week.countLabel()).isEqualTo("This week");
    }

    @Test
    void aMonthRunsFromItsFirstToItsLastDay() {
        PlannerPages.Span month = PlannerPages.span(PlannerPage.MONTH, WEDNESDAY, EN_GB);
        assertThat(month.from()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(month.to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(month.countLabel()).isEqualTo("This month");
    }

    @Test
    void aDayAndTheAgendaStartOnTheShownDate() {
        assertThat(PlannerPages.span(PlannerPage.DAY, WEDNESDAY, EN_GB).to()).isEqualTo(WEDNESDAY);
        PlannerPages.Span agenda = PlannerPages.span(PlannerPage.AGENDA, WEDNESDAY, EN_GB);
        assertThat(agenda.from()).isEqualTo(WEDNESDAY);
        assertThat(agenda.to()).isEqualTo(WEDNESDAY.plusDays(PlannerView.AGENDA_DAYS));
    }

    @Test
    void theRangeTitlesIncludeTheWeekIntoTheNextYear() {
        LocalDate lastWeek = EN_GB.weekStart(LocalDate.of(2026, 12, 31));
        assertThat(PlannerPages.rangeTitles(2026, EN_GB)).contains(EN_GB.range(lastWeek, lastWeek.plusDays(6)));
    }
}

package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadedWeeksTest {

    private final LoadedWeeks weeks = new LoadedWeeks();

    @Test
    void asksOnlyForWeeksNotSeenYet() {
        assertThat(weeks.claim(LocalDate.parse("2026-11-25"), LocalDate.parse("2026-12-03")))
                .containsExactly(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-30"));

        assertThat(weeks.claim(LocalDate.parse("2026-11-29"), LocalDate.parse("2026-12-08")))
                .containsExactly(LocalDate.parse("2026-12-07"));
    }

    @Test
    void releasedWeeksAreAskedForAgainAfterAFailedLoad() {
        List<LocalDate> claimed = weeks.claim(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-29"));

        weeks.release(claimed);

        assertThat(weeks.claim(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-29"))).isEqualTo(claimed);
    }
}

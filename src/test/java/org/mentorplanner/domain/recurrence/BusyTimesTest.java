package org.mentorplanner.domain.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BusyTimesTest {

    private static Instant at(String time) {
        return Instant.parse("2026-12-08T" + time + ":00Z");
    }

    @Test
    void rangesThatOnlyTouchDoNotOverlap() {
        BusyTimes<String> busy = new BusyTimes<>();
        busy.add(1, at("09:00"), at("10:00"), "morning");

        assertThat(busy.firstOverlap(1, at("10:00"), at("11:00"))).isEmpty();
        assertThat(busy.firstOverlap(1, at("08:00"), at("09:00"))).isEmpty();
        assertThat(busy.firstOverlap(1, at("09:59"), at("10:30"))).contains("morning");
    }

    @Test
    void aLongRangeStartingWellBeforeIsFound() {
        BusyTimes<String> busy = new BusyTimes<>();
        busy.add(1, at("01:00"), at("13:00"), "long");
        busy.add(1, at("11:00"), at("11:30"), "short");

        assertThat(busy.firstOverlap(1, at("12:00"), at("12:15"))).contains("long");
        assertThat(busy.firstOverlap(1, at("11:10"), at("11:20"))).contains("long");
    }

    @Test
    void otherMentorsRangesDoNotCount() {
        BusyTimes<String> busy = new BusyTimes<>();
        busy.add(1, at("09:00"), at("10:00"), "ada");

        assertThat(busy.firstOverlap(2, at("09:00"), at("10:00"))).isEmpty();
    }
}

package org.mentorplanner.domain.busy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusyIndexTest {

    private static BusyBlock block(long mentor, String start, String end, String title) {
        return new BusyBlock(1, mentor, Instant.parse(start), Instant.parse(end), title);
    }

    private static final BusyIndex INDEX = BusyIndex.of(List.of(
            block(1, "2026-12-01T00:00:00Z", "2026-12-05T00:00:00Z", "Holiday"),
            block(1, "2026-12-02T09:00:00Z", "2026-12-02T10:00:00Z", "Team"),
            block(2, "2026-12-02T09:30:00Z", "2026-12-02T10:30:00Z", "Other mentor"),
            block(1, "2026-12-08T09:00:00Z", "2026-12-08T10:00:00Z", "Next week")));

    private static String overlap(long mentor, String from, String to) {
        return INDEX.firstOverlap(mentor, Instant.parse(from), Instant.parse(to)).map(BusyBlock::title).orElse("free");
    }

    @Test
    void findsTheEarliestStartingOverlapIncludingALongBlockThatStartedDaysBefore() {
        assertThat(overlap(1, "2026-12-02T09:15:00Z", "2026-12-02T09:45:00Z")).isEqualTo("Holiday");
        assertThat(overlap(1, "2026-12-08T09:30:00Z", "2026-12-08T11:00:00Z")).isEqualTo("Next week");
    }

    @Test
    void rangesAreHalfOpenAndMentorsSeparate() {
        assertThat(overlap(1, "2026-12-08T10:00:00Z", "2026-12-08T11:00:00Z")).isEqualTo("free");
        assertThat(overlap(1, "2026-12-08T08:00:00Z", "2026-12-08T09:00:00Z")).isEqualTo("free");
        assertThat(overlap(2, "2026-12-02T10:00:00Z", "2026-12-02T11:00:00Z")).isEqualTo("Other mentor");
        assertThat(overlap(3, "2026-12-02T10:00:00Z", "2026-12-02T11:00:00Z")).isEqualTo("free");
    }
}

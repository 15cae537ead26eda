package org.mentorplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResolvedStartTest {

    /** Spring-forward gaps of 2026: the wall-clock time asked for, and where it lands. */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "America/New_York, 2026-03-08T02:30, 2026-03-08T03:30, -04:00",
            "America/New_York, 2026-03-08T02:00, 2026-03-08T03:00, -04:00",
            "Europe/London,    2026-03-29T01:15, 2026-03-29T02:15, +01:00",
            "Australia/Sydney, 2026-10-04T02:45, 2026-10-04T03:45, +11:00",
    })
    void startInGapMovesForwardByTheGapAndIsFlagged(String zone, String requested, String expected, String offset) {
        ResolvedStart start = ResolvedStart.of(LocalDateTime.parse(requested), ZoneId.of(zone));

        assertThat(start.shifted()).isTrue();
        assertThat(start.shift()).isEqualTo(Duration.ofHours(1));
        assertThat(start.start().toLocalDateTime()).isEqualTo(LocalDateTime.parse(expected));
        assertThat(start.start().getOffset()).isEqualTo(ZoneOffset.of(offset));
        assertThat(start.requested()).isEqualTo(LocalDateTime.parse(requested));
    }

    @Test
    void gapMessageSaysWhatHappenedAndWhere() {
        ResolvedStart start = ResolvedStart.of(LocalDateTime.parse("2026-03-08T02:30"), ZoneId.of("America/New_York"));

        assertThat(start.message()).isEqualTo(
                "02:30 does not exist on 2026-03-08 in America/New_York (clocks jump forward); moved to 03:30.");
    }

    @Test
    void sydneyGapMessageNamesSydney() {
        ResolvedStart start = ResolvedStart.of(LocalDateTime.parse("2026-10-04T02:00"), ZoneId.of("Australia/Sydney"));

        assertThat(start.message()).isEqualTo(
                "02:00 does not exist on 2026-10-04 in Australia/Sydney (clocks jump forward); moved to 03:00.");
    }

    /** Fall-back overlaps of 2026: the wall-clock time happens twice; the earlier offset wins. */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "America/New_York, 2026-11-01T01:30, -04:00",
            "Europe/London,    2026-10-25T01:30, +01:00",
            "Australia/Sydney, 2026-04-05T02:30, +11:00",
    })
    void startInOverlapTakesTheEarlierOffsetAndIsNotFlagged(String zone, String requested, String earlierOffset) {
        ResolvedStart start = ResolvedStart.of(LocalDateTime.parse(requested), ZoneId.of(zone));

        assertThat(start.shifted()).isFalse();
        assertThat(start.shift()).isZero();
        assertThat(start.message()).isEmpty();
        assertThat(start.start().toLocalDateTime()).isEqualTo(LocalDateTime.parse(requested));
        assertThat(start.start().getOffset()).isEqualTo(ZoneOffset.of(earlierOffset));
    }

    @Test
    void kolkataHasNoGapOrOverlap() {
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        for (String time : new String[] {"2026-03-08T02:30", "2026-03-29T01:15", "2026-10-25T01:30", "2026-11-01T01:30"}) {
            ResolvedStart start = ResolvedStart.of(LocalDateTime.parse(time), kolkata);

            assertThat(start.shifted()).as(time).isFalse();
            assertThat(start.start().getOffset()).as(time).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        }
    }

    @Test
    void ordinaryTimeIsKept() {
        ResolvedStart start = ResolvedStart.of(LocalDateTime.parse("2026-12-01T10:00"), ZoneId.of("Europe/London"));

        assertThat(start.shifted()).isFalse();
        assertThat(start.start()).isEqualTo(ZonedDateTime.parse("2026-12-01T10:00Z[Europe/London]"));
    }

    @Test
    void storedSessionInOverlapStartsAtTheEarlierInstant() {
        SessionDetails details = new SessionDetails(1, null, 2, LocalDateTime.parse("2026-11-01T01:30"),
                Duration.ofMinutes(60), EnrollmentMethod.IN_PERSON, null, null, Set.of(), "", "");
        MentorshipSession session = new MentorshipSession(1, details, ZoneId.of("America/New_York"), SessionStatus.DRAFT,
                null, null, 0, Instant.EPOCH, Instant.EPOCH);

        assertThat(session.startInstant()).isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
        // One hour of elapsed time across the fall-back: the wall clock ends at 01:30 again.
        assertThat(session.end().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-11-01T01:30"));
        assertThat(session.endInstant()).isEqualTo(Instant.parse("2026-11-01T06:30:00Z"));
    }
}

package org.mentorplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalTimeAtTest {

    private static final Location NEW_YORK = new Location(1, "New York office", ZoneId.of("America/New_York"), LocationKind.IN_PERSON);
    private static final Location LONDON = new Location(2, "london hub", ZoneId.of("Europe/London"), LocationKind.IN_PERSON);
    private static final Location SYDNEY = new Location(3, "Sydney", ZoneId.of("Australia/Sydney"), LocationKind.IN_PERSON);
    private static final Location BANGALORE = new Location(4, "Bangalore", ZoneId.of("Asia/Kolkata"), LocationKind.IN_PERSON);
    private static final Location ZOOM_NY = new Location(5, "Zoom", ZoneId.of("America/New_York"), LocationKind.ONLINE);
    private static final List<Location> ALL = List.of(NEW_YORK, LONDON, SYDNEY, BANGALORE, ZOOM_NY);

    @Test
    void listsTheStartAtEveryOtherLocationSortedByName() {
        Instant start = Instant.parse("2026-12-01T15:00:00Z"); // 10:00 in New York

        List<LocalTimeAt> times = LocalTimeAt.atOtherLocations(start, NEW_YORK, ALL);

        assertThat(times).extracting(t -> t.location().name())
                         .containsExactly("Bangalore", "london hub", "Sydney", "Zoom");
        assertThat(times).extracting(t -> t.start().toLocalDateTime()).containsExactly(
                LocalDateTime.parse("2026-12-01T20:30"),
                LocalDateTime.parse("2026-12-01T15:00"),
                LocalDateTime.parse("2026-12-02T02:00"),
                LocalDateTime.parse("2026-12-01T10:00"));
        assertThat(times).allSatisfy(t -> assertThat(t.start().toInstant()).isEqualTo(start));
    }

    @Test
    void followsEachZonesOwnDaylightSaving() {
        // 2026-03-09 10:00 in New York: New York already on summer time, London and Sydney not changed yet.
        Instant start = LocalDateTime.parse("2026-03-09T10:00").atZone(NEW_YORK.zone()).toInstant();

        List<LocalTimeAt> times = LocalTimeAt.atOtherLocations(start, NEW_YORK, List.of(LONDON, SYDNEY));

        assertThat(times).extracting(t -> t.start().toLocalDateTime()).containsExactly(
                LocalDateTime.parse("2026-03-09T14:00"),
                LocalDateTime.parse("2026-03-10T01:00"));
    }

    @Test
    void withoutOwnLocationListsEveryLocation() {
        assertThat(LocalTimeAt.atOtherLocations(Instant.EPOCH, null, ALL)).hasSize(ALL.size());
    }

    @Test
    void noOtherLocationsGiveAnEmptyList() {
        assertThat(LocalTimeAt.atOtherLocations(Instant.EPOCH, NEW_YORK, List.of(NEW_YORK))).isEmpty();
    }
}

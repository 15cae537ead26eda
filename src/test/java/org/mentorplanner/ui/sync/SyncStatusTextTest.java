package org.mentorplanner.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorplanner.service.CalendarsSync;
import org.mentorplanner.service.format.DisplayFormats;

class SyncStatusTextTest {

    private static final DisplayFormats EN_GB =
            DisplayFormats.of(Locale.UK);

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 4);

    @Test
    void showsEachCalendarsLastSyncTodayAsATimeAndEarlierWithItsDay() {
        var status = new CalendarsSync.Status(Optional.of("https://dav/team/"), Optional.of(Instant.parse("2027-01-04T09:42:00Z")),
                Optional.of("https://dav/planning/"), Optional.of(Instant.parse("2027-01-02T17:05:00Z")), 0, Set.of());

        assertThat(SyncStatusText.of(status, BackgroundSync.State.OFF, null, BERLIN, TODAY, EN_GB))
                .isEqualTo("Team synced 10:42 · Planning synced 2 Jan 18:05");
    }

    @Test
    void countsWaitingChangesAndConflictsAndSaysWhyTheBackgroundSyncWaits() {
        var status = new CalendarsSync.Status(Optional.empty(), Optional.empty(), Optional.of("https://dav/planning/"),
                Optional.empty(), 3, Set.of(7L));

        assertThat(SyncStatusText.of(status, BackgroundSync.State.WAITING_FOR_PASSWORD, null, BERLIN, TODAY, EN_GB))
                .isEqualTo("Planning never synced · 3 changes waiting · ⚠ 1 conflict"
                        + " · background sync waits for the password (open Sync to type it)");
        assertThat(SyncStatusText.of(status, BackgroundSync.State.FAILED, "the server did not answer", BERLIN, TODAY, EN_GB))
                .endsWith("· background sync failed: the server did not answer");
    }

    @Test
    void saysSoWhenNoCalendarIsSetUp() {
        var status = new CalendarsSync.Status(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, Set.of());

        assertThat(SyncStatusText.of(status, BackgroundSync.State.ON, null, BERLIN, TODAY, EN_GB)).isEqualTo("Not synced: no calendar set up");
    }
}

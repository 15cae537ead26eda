package org.mentorplanner.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.Settings;
import org.mentorplanner.time.PinnedMoment;

/** The booking portal's base URL, checked like a meeting URL and saved without blanks. */
class SettingsServiceTest {

    @TempDir
    Path folder;

    private GuiceWorkspace workspace;
    private SettingsService settings;

    @BeforeEach
    void open() {
        workspace = GuiceWorkspace.open(folder.resolve("planner.db"), PinnedMoment.DEFAULT.clock());
        settings = workspace.service(SettingsService.class);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void portalUrlAcceptsHostNamesWithUnderscoresLikeMeetingUrlsDo() {
        settings.setPortalBaseUrl("  https://team_portal.example.org/book/  ");

        assertThat(settings.settings().portalBaseUrl()).isEqualTo("https://team_portal.example.org/book/");
    }

    @Test
    void portalUrlThatIsNotAFullHttpLinkIsRefusedAndTheOldOneKept() {
        assertThatThrownBy(() -> settings.setPortalBaseUrl("https:///book"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Booking portal URL has no host name: it must be a full http(s) link, like "
                        + Settings.DEFAULT_PORTAL_BASE_URL + ".");

        assertThat(settings.settings().portalBaseUrl()).isEqualTo(Settings.DEFAULT_PORTAL_BASE_URL);
    }

    @Test
    void teamCalendarUrlAndUserAreKeptAndTheUrlEndsInASlash() {
        settings.setTeamCalendar(" https://dav.example.org/calendars/team/mentoring ", " alice ");

        assertThat(settings.settings().calendarUrl()).contains("https://dav.example.org/calendars/team/mentoring/");
        assertThat(settings.settings().calendarUser()).contains("alice");

        settings.setTeamCalendar("https://dav.example.org/other/", "");

        assertThat(settings.settings().calendarUrl()).contains("https://dav.example.org/other/");
        assertThat(settings.settings().calendarUser()).isEmpty();
    }

    @Test
    void teamCalendarUrlThatIsNoPlainHttpLinkIsRefusedAndTheOldOneKept() {
        settings.setTeamCalendar("https://dav.example.org/team/", "alice");

        assertThatThrownBy(() -> settings.setTeamCalendar("webcal://dav.example.org/team/", "bob"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Team calendar URL must be a full http(s) link");
        assertThatThrownBy(() -> settings.setTeamCalendar("https://dav.example.org/team/?user=bob", "bob"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Team calendar URL must not hold a ? or # part");

        assertThat(settings.settings().calendarUrl()).contains("https://dav.example.org/team/");
        assertThat(settings.settings().calendarUser()).contains("alice");
    }

    @Test
    void backgroundSyncIsOffByDefaultTakesTheOfferedIntervalsAndRefusesOthers() {
        assertThat(settings.backgroundSyncMinutes()).isZero();

        settings.setBackgroundSyncMinutes(15);
        assertThat(settings.backgroundSyncMinutes()).isEqualTo(15);

        assertThatThrownBy(() -> settings.setBackgroundSyncMinutes(7))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Background sync runs every 5, 15, 30 or 60 minutes, or is off (0); 7 is none of these.");
        assertThat(settings.backgroundSyncMinutes()).as("kept").isEqualTo(15);

        settings.setBackgroundSyncMinutes(0);
        assertThat(settings.backgroundSyncMinutes()).isZero();
    }
}

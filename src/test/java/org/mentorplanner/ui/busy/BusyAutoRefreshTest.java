package org.mentorplanner.ui.busy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.busy.BusySource;
import org.mentorplanner.domain.busy.BusySourceKind;
import org.mentorplanner.service.BusyService;
import org.mentorplanner.time.PinnedMoment;
import org.mentorplanner.ui.DemoOrganisation;
import org.mentorplanner.ui.SameThreadTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * "Refreshed on demand and optionally every N minutes" (issue 12): the automatic round reads
 * every source again, tells the listeners (the grid's bands), skips CalDAV sources whose
 * password was not typed in this run, and the interval is kept.
 */
@ExtendWith(ApplicationExtension.class)
class BusyAutoRefreshTest {

    private static final Instant FROM = Instant.parse("2027-03-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2027-03-08T00:00:00Z");

    @TempDir
    Path folder;

    private GuiceWorkspace workspace;
    private BusyService busy;
    private DemoOrganisation org;
    private Path calendar;

    private static String ics(String hour) {
        return """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//test//EN
                BEGIN:VEVENT
                UID:one@test
                DTSTAMP:20260101T000000Z
                DTSTART:20270302T%1$s0000Z
                DTEND:20270302T%1$s3000Z
                SUMMARY:Lab
                END:VEVENT
                END:VCALENDAR
                """.formatted(hour);
    }

    @BeforeEach
    void sources() throws Exception {
        workspace = GuiceWorkspace.open(folder.resolve("planner.db"), PinnedMoment.DEFAULT.clock());
        busy = workspace.service(BusyService.class);
        org = DemoOrganisation.directory(workspace);
        calendar = Files.writeString(folder.resolve("ada.ics"), ics("09"));
        BusySource file = busy.add(Actor.owner(), org.people.get("ada").email(), BusySourceKind.ICS_FILE, calendar.toString(), "");
        assertThat(busy.refresh(file.id(), "").failed()).isFalse();
        busy.add(Actor.owner(), org.people.get("grace").email(), BusySourceKind.CALDAV, "https://127.0.0.1:9/dav/grace/", "grace");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private List<String> adaBusy() {
        return busy.busy(List.of(org.people.get("ada").id()), FROM, TO).stream().map(block -> block.start().toString()).toList();
    }

    @Test
    void anAutomaticRoundReadsTheSourcesAgainAndTellsTheListenersButSkipsCalDavWithoutAPassword(FxRobot robot) throws Exception {
        assertThat(adaBusy()).containsExactly("2027-03-02T09:00:00Z");
        AtomicInteger told = new AtomicInteger();
        BusyAutoRefresh auto = new BusyAutoRefresh(busy, new SameThreadTaskExecutor(), new CalDavPasswords());
        auto.addOnRefreshed(told::incrementAndGet);
        Files.writeString(calendar, ics("11"));

        robot.interact(auto::refreshNow);

        assertThat(adaBusy()).containsExactly("2027-03-02T11:00:00Z");
        assertThat(told).hasValue(1);
        BusySource caldav = busy.sources(org.people.get("grace").id()).get(0);
        assertThat(caldav.copy().checkedAt()).as("never asked for without its password").isNull();
    }

    @Test
    void theIntervalIsKeptAndZeroTurnsItOff(FxRobot robot) {
        busy.setAutoRefreshMinutes(15);
        BusyAutoRefresh auto = new BusyAutoRefresh(busy, new SameThreadTaskExecutor(), new CalDavPasswords());

        robot.interact(auto::start);
        assertThat(auto.minutes()).isEqualTo(15);

        robot.interact(() -> auto.every(0));
        assertThat(auto.minutes()).isZero();
    }
}

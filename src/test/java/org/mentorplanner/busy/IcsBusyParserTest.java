package org.mentorplanner.busy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorplanner.domain.busy.BusyInterval;
import org.mentorplanner.service.BusySourceException;

/**
 * Busy intervals from calendars in the shapes Google, Outlook, Apple and Thunderbird write,
 * against tables worked out by hand (the comments show the local times and offsets).
 */
class IcsBusyParserTest {

    private static final ZoneId LAPTOP = ZoneId.of("Europe/London");
    private final IcsBusyParser parser = new IcsBusyParser();

    private static String resource(String name) {
        try (InputStream in = IcsBusyParserTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> busy(String ics, String from, String to) {
        return parser.parse(ics, Instant.parse(from), Instant.parse(to), LAPTOP).stream()
                     .map(IcsBusyParserTest::row).toList();
    }

    private static String row(BusyInterval interval) {
        return interval.start() + " " + interval.end() + " " + interval.title();
    }

    private static List<String> table(String... rows) {
        return Arrays.asList(rows);
    }

    @Test
    void googleWeeklySeriesWithExdateMovedAndCancelledOccurrencesAllDayFloatingAndFreeEvents() {
        assertThat(busy(resource("google.ics"), "2026-03-01T00:00:00Z", "2026-04-30T00:00:00Z")).isEqualTo(table(
                // Mondays 10:00-11:00 Berlin until 6 April 07:59:59Z; 16 March excluded, 23 March cancelled
                "2026-03-02T09:00:00Z 2026-03-02T10:00:00Z Team meeting",          // CET +01:00
                // floating 15:00 in the calendar's X-WR-TIMEZONE (Berlin), not the laptop's London
                "2026-03-04T14:00:00Z 2026-03-04T15:00:00Z Dentist",
                "2026-03-05T12:00:00Z 2026-03-05T12:30:00Z Call with, the board",  // UTC; the transparent birthday is free
                "2026-03-09T13:00:00Z 2026-03-09T14:30:00Z Team meeting (moved)",  // RECURRENCE-ID override, 14:00-15:30
                "2026-03-09T23:00:00Z 2026-03-11T23:00:00Z Holiday",               // all-day 10-11 March in Berlin
                "2026-03-30T08:00:00Z 2026-03-30T09:00:00Z Team meeting"));        // CEST +02:00 after 29 March
    }

    @Test
    void outlookWindowsZoneNamesBySetPosRdateMultiDayAndFreeTime() {
        String crlf = resource("outlook.ics").replace("\n", "\r\n");
        assertThat(busy(crlf, "2026-01-01T00:00:00Z", "2026-05-01T00:00:00Z")).isEqualTo(table(
                // last weekday of the month, 16:00 "W. Europe Standard Time" (the file's VTIMEZONE)
                "2026-02-27T15:00:00Z 2026-02-27T16:00:00Z Steering group",
                // Mondays 13:00 twice, plus the RDATE on Wednesday 4 March
                "2026-03-02T12:00:00Z 2026-03-02T13:00:00Z Lab",
                "2026-03-04T12:00:00Z 2026-03-04T13:00:00Z Lab",
                "2026-03-09T12:00:00Z 2026-03-09T13:00:00Z Lab",
                // "Pacific Standard Time" without a VTIMEZONE: Los Angeles, already on PDT -07:00 (8 March)
                "2026-03-10T16:00:00Z 2026-03-10T17:00:00Z Vendor call",
                // three days, Wednesday 09:00 to Friday 17:00 CET; the transparent focus time inside is free
                "2026-03-25T08:00:00Z 2026-03-27T16:00:00Z Conference",
                "2026-03-31T14:00:00Z 2026-03-31T15:00:00Z Steering group",        // Tuesday 31 March, CEST
                "2026-04-30T14:00:00Z 2026-04-30T15:00:00Z Steering group"));
    }

    @Test
    void appleSouthernHemisphereDaylightSavingBothWays() {
        assertThat(busy(resource("apple.ics"), "2026-03-01T00:00:00Z", "2026-12-31T00:00:00Z")).isEqualTo(table(
                // Tuesdays 09:00 Sydney: AEDT +11:00 until 5 April, then AEST +10:00
                "2026-03-23T22:00:00Z 2026-03-23T23:00:00Z Tutorial",
                "2026-03-30T22:00:00Z 2026-03-30T23:00:00Z Tutorial",
                "2026-04-06T23:00:00Z 2026-04-07T00:00:00Z Tutorial",
                // Tuesdays 14:00 Sydney: AEST until 4 October, then AEDT; UNTIL 6 October 04:00Z includes the 6th
                "2026-09-29T04:00:00Z 2026-09-29T05:00:00Z Seminar",
                "2026-10-04T13:00:00Z 2026-10-05T13:00:00Z Public holiday",        // 5 October, a whole Sydney day
                "2026-10-06T03:00:00Z 2026-10-06T04:00:00Z Seminar"));
    }

    @Test
    void thunderbirdDailyWeekdaysAcrossTheUsClockChangeWithExdateAndDuration() {
        assertThat(busy(resource("thunderbird.ics"), "2026-10-01T00:00:00Z", "2026-12-01T00:00:00Z")).isEqualTo(table(
                "2026-10-30T13:30:00Z 2026-10-30T13:45:00Z Standup",              // Friday, EDT -04:00
                "2026-11-02T14:30:00Z 2026-11-02T14:45:00Z Standup",              // Monday, EST -05:00 (1 November)
                "2026-11-04T14:30:00Z 2026-11-04T14:45:00Z Standup",              // 3 November excluded
                "2026-11-05T14:30:00Z 2026-11-05T14:45:00Z Standup",
                "2026-11-06T18:00:00Z 2026-11-06T20:00:00Z Review"));             // DURATION:PT2H from 13:00 EST
    }

    /**
     * ical4j 4.0.0-rc5 applies DTSTART's day of the month to monthly rules by weekday too, so a
     * series from the 29th to 31st skipped the months without that day (no 27 February for a
     * series from 30 January). The parser hands ical4j an equivalent rule ({@link MonthlyByDayRules}).
     */
    @Test
    void monthlyLastWeekdayFromTheThirtiethKeepsFebruary() {
        String ics = resource("outlook.ics").replace("20260227T160000", "20260130T160000").replace("20260227T170000", "20260130T170000");
        assertThat(busy(ics, "2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z")).isEqualTo(table(
                "2026-01-30T15:00:00Z 2026-01-30T16:00:00Z Steering group",
                "2026-02-27T15:00:00Z 2026-02-27T16:00:00Z Steering group"));
    }

    /**
     * Google's "monthly on the last Friday" (an ordinal BYDAY) from Friday 31 July with UNTIL, and
     * "the last Thursday" as BYSETPOS from Thursday 29 January with COUNT, in Berlin.
     */
    @Test
    void monthlyOrdinalWeekdayFromTheThirtyFirstKeepsShortMonths() {
        String ics = """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Google Inc//Google Calendar 70.9054//EN
                X-WR-TIMEZONE:Europe/Berlin
                BEGIN:VEVENT
                UID:last-friday@google.com
                DTSTAMP:20260101T000000Z
                DTSTART;TZID=Europe/Berlin:20260731T090000
                DTEND;TZID=Europe/Berlin:20260731T100000
                RRULE:FREQ=MONTHLY;UNTIL=20261231T225959Z;BYDAY=-1FR
                SUMMARY:Retro
                END:VEVENT
                BEGIN:VEVENT
                UID:last-thursday@google.com
                DTSTAMP:20260101T000000Z
                DTSTART;TZID=Europe/Berlin:20260129T120000
                DTEND;TZID=Europe/Berlin:20260129T123000
                RRULE:FREQ=MONTHLY;COUNT=3;BYDAY=TH;BYSETPOS=-1
                SUMMARY:Planning
                END:VEVENT
                END:VCALENDAR
                """;
        assertThat(busy(ics, "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z")).isEqualTo(table(
                "2026-01-29T11:00:00Z 2026-01-29T11:30:00Z Planning",             // CET +01:00
                "2026-02-26T11:00:00Z 2026-02-26T11:30:00Z Planning",             // 2026 has no 29 February
                "2026-03-26T11:00:00Z 2026-03-26T11:30:00Z Planning",             // the third of COUNT=3
                "2026-07-31T07:00:00Z 2026-07-31T08:00:00Z Retro",                 // CEST +02:00
                "2026-08-28T07:00:00Z 2026-08-28T08:00:00Z Retro",
                "2026-09-25T07:00:00Z 2026-09-25T08:00:00Z Retro",                 // September has no 31st
                "2026-10-30T08:00:00Z 2026-10-30T09:00:00Z Retro",                 // CET +01:00 after 25 October
                "2026-11-27T08:00:00Z 2026-11-27T09:00:00Z Retro",                 // November has no 31st
                "2026-12-25T08:00:00Z 2026-12-25T09:00:00Z Retro"));
    }

    @Test
    void freeBusyPeriodsAreBusyUnlessFree() {
        assertThat(busy(resource("freebusy.ics"), "2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z")).isEqualTo(table(
                "2026-11-04T15:00:00Z 2026-11-04T16:00:00Z null",
                "2026-11-04T17:00:00Z 2026-11-04T17:30:00Z null",
                "2026-11-05T15:00:00Z 2026-11-05T15:30:00Z null",                 // tentative counts as busy
                "2026-11-05T20:00:00Z 2026-11-05T21:00:00Z null"));               // no FBTYPE: BUSY
    }

    @Test
    void onlyIntervalsOverlappingTheWindowAreReturned() {
        assertThat(busy(resource("google.ics"), "2026-03-09T00:00:00Z", "2026-03-10T00:00:00Z")).isEqualTo(table(
                "2026-03-09T13:00:00Z 2026-03-09T14:30:00Z Team meeting (moved)",
                "2026-03-09T23:00:00Z 2026-03-11T23:00:00Z Holiday"));
    }

    @Test
    void floatingTimesWithoutACalendarZoneAreInTheGivenZone() {
        String ics = """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//test//EN
                BEGIN:VEVENT
                UID:floating-1
                DTSTAMP:20260101T000000Z
                DTSTART:20260701T090000
                DTEND:20260701T100000
                SUMMARY:Floating
                END:VEVENT
                END:VCALENDAR
                """;
        assertThat(busy(ics, "2026-07-01T00:00:00Z", "2026-07-02T00:00:00Z"))
                .containsExactly("2026-07-01T08:00:00Z 2026-07-01T09:00:00Z Floating"); // London, BST +01:00
    }

    @Test
    void brokenTextIsRefusedWithItsLine() {
        String ics = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:x\nDTSTART 20260101T090000Z\nEND:VEVENT\nEND:VCALENDAR\n";
        assertThatThrownBy(() -> busy(ics, "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z"))
                .isInstanceOf(BusySourceException.class)
                .hasMessage("The calendar cannot be read: line 7: Expected [VEVENT], read [VCALENDAR]. "
                        + "Ask whoever publishes it for a valid iCalendar (.ics) file.");
    }

    @Test
    void anUnknownZoneIsRefusedNamingTheEventAndItsLine() {
        String ics = """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//test//EN
                BEGIN:VEVENT
                UID:mars-1
                DTSTAMP:20260101T000000Z
                DTSTART;TZID=Mars/Olympus_Mons:20260701T090000
                DTEND;TZID=Mars/Olympus_Mons:20260701T100000
                END:VEVENT
                END:VCALENDAR
                """;
        assertThatThrownBy(() -> busy(ics, "2026-07-01T00:00:00Z", "2026-07-02T00:00:00Z"))
                .isInstanceOf(BusySourceException.class)
                .hasMessageContaining("line 5")
                .hasMessageContaining("mars-1");
    }

    @Test
    void notACalendarAtAllIsRefused() {
        assertThatThrownBy(() -> busy("<html><body>Sign in</body></html>", "2026-07-01T00:00:00Z", "2026-07-02T00:00:00Z"))
                .isInstanceOf(BusySourceException.class)
                .hasMessageContaining("cannot be read");
    }
}

package org.mentorplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.ExportFormat;
import org.mentorplanner.service.ExportRequest;
import org.mentorplanner.service.ExportResult;
import org.mentorplanner.service.WorkProgress;

class IcsExportTest {

    @TempDir
    Path folder;

    private ExportWorld world;
    private Path out;

    @BeforeEach
    void setUp() {
        world = new ExportWorld(folder);
        out = folder.resolve("ics");
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    private Calendar export() throws Exception {
        return export("everyone");
    }

    private Calendar export(String audience) throws Exception {
        ExportResult result = world.exports.export(ExportRequest.of(ExportFormat.ICS, out).withAudience(audience), WorkProgress.none());
        assertThat(result.files()).isEqualTo(1);
        String text = Files.readString(out.resolve("booking-links.ics"));
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static Map<String, VEvent> eventsByUid(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                       .collect(Collectors.toMap(e -> e.getUid().orElseThrow().getValue(), Function.identity()));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void exportParsesBackToTheSameSessionsTimesAndZones() throws Exception {
        MentorshipSession berlin = world.publish(world.inPerson(world.ada, "2026-12-01T10:00", "Career chat"));
        MentorshipSession newYork = world.publish(world.online(world.bob, "2026-12-02T09:30", "Code review").withMentee(world.mia.id()));
        // Across the end of daylight saving in New York (2026-11-01 02:00): wall-clock time is what counts.
        MentorshipSession afterDst = world.publish(world.online(world.bob, "2026-11-02T09:30", "After DST"));

        Calendar calendar = export();

        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        Map<String, VEvent> events = eventsByUid(calendar);
        assertThat(events).hasSize(3);
        for (MentorshipSession session : List.of(berlin, newYork, afterDst)) {
            VEvent event = events.get(SessionText.uid(session));
            assertThat(event).as("event of session %d", session.id()).isNotNull();
            var start = event.getDateTimeStart().orElseThrow();
            var end = event.getDateTimeEnd().orElseThrow();
            assertThat(start.getParameter(Parameter.TZID).map(Parameter::getValue)).contains(session.zone().getId());
            assertThat(end.getParameter(Parameter.TZID).map(Parameter::getValue)).contains(session.zone().getId());
            assertThat(instant(start.getDate())).isEqualTo(session.startInstant());
            assertThat(instant(end.getDate())).isEqualTo(session.endInstant());
            assertThat(value(event, Property.SUMMARY)).isEqualTo(session.details().title());
            assertThat(value(event, Property.SEQUENCE)).isEqualTo(Integer.toString(session.revision()));
            assertThat(value(event, Property.URL)).isEqualTo("https://mentoring.example.org/book/" + session.bookingToken());
            assertThat(value(event, Property.DTSTAMP)).isNotNull();
        }
        List<String> zones = calendar.<VTimeZone>getComponents("VTIMEZONE").stream()
                                     .map(z -> z.getTimeZoneId().orElseThrow().getValue()).toList();
        assertThat(zones).containsExactlyInAnyOrder("Europe/Berlin", "America/New_York");
        assertThat(Files.readString(out.resolve("booking-links.ics"))).doesNotContain("TZURL").contains("\r\n");
    }

    @Test
    void eventCarriesPeopleStatusPlaceAndMeetingLink() throws Exception {
        MentorshipSession open = world.publish(world.inPerson(world.ada, "2026-12-01T10:00", "Open slot"));
        MentorshipSession booked = world.publish(world.online(world.bob, "2026-12-02T09:30", "Booked").withMentee(world.mia.id()));
        MentorshipSession cancelled = world.sessions.cancel(Actor.owner(),
                world.publish(world.inPerson(world.ada, "2026-12-03T10:00", "Cancelled")).id());

        Map<String, VEvent> events = eventsByUid(export());

        VEvent openEvent = events.get(SessionText.uid(open));
        assertThat(value(openEvent, Property.STATUS)).isEqualTo("TENTATIVE");
        assertThat(value(openEvent, Property.LOCATION)).isEqualTo("Room 4, Berlin office");
        assertThat(value(openEvent, Property.ORGANIZER)).isEqualTo("mailto:ada@example.org");
        assertThat(openEvent.getProperty(Property.ORGANIZER).orElseThrow().getParameter(Parameter.CN)
                            .map(Parameter::getValue)).contains("Ada Lovelace");
        assertThat(openEvent.getProperty("CONFERENCE")).isEmpty();
        assertThat(openEvent.getProperty(Property.ATTENDEE)).isEmpty();

        VEvent bookedEvent = events.get(SessionText.uid(booked));
        assertThat(value(bookedEvent, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(bookedEvent, "CONFERENCE")).isEqualTo("https://meet.example.org/room-1");
        assertThat(bookedEvent.getProperty(Property.ATTENDEE)).as("everyone sees it booked, not by whom").isEmpty();
        assertThat(bookedEvent.getProperty(Property.LOCATION)).isEmpty();
        for (String own : List.of("mia@example.org", "bob@example.org")) {
            VEvent ownEvent = eventsByUid(export(own)).get(SessionText.uid(booked));
            assertThat(value(ownEvent, Property.ATTENDEE)).as("the export of " + own).isEqualTo("mailto:mia@example.org");
        }

        VEvent cancelledEvent = events.get(SessionText.uid(cancelled));
        assertThat(value(cancelledEvent, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(cancelledEvent.getProperty(Property.URL)).as("a cancelled session's link is revoked").isEmpty();
    }

    @Test
    void uidStaysAndSequenceGrowsAcrossExportsWithAChangeBetween() throws Exception {
        MentorshipSession session = world.publish(world.inPerson(world.ada, "2026-12-01T10:00", "Career chat"));
        VEvent first = eventsByUid(export()).get(SessionText.uid(session));

        SessionDetails moved = session.details().withLocalStart(session.details().localStart().plusHours(2));
        world.sessions.update(Actor.owner(), session.id(), moved);
        Map<String, VEvent> second = eventsByUid(export());

        assertThat(second).containsOnlyKeys(SessionText.uid(session));
        VEvent changed = second.get(SessionText.uid(session));
        assertThat(Integer.parseInt(value(changed, Property.SEQUENCE))).isGreaterThan(Integer.parseInt(value(first, Property.SEQUENCE)));
        assertThat(instant(changed.getDateTimeStart().orElseThrow().getDate()))
                .isEqualTo(instant(first.getDateTimeStart().orElseThrow().getDate()).plusSeconds(7200));
    }

    @Test
    void unchangedSessionsExportToTheSameBytes() throws Exception {
        world.publish(world.inPerson(world.ada, "2026-12-01T10:00", "Career chat"));
        export();
        ExportResult again = world.exports.export(ExportRequest.of(ExportFormat.ICS, out), WorkProgress.none());
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.written()).isZero();
    }

    @Test
    void perMentorExportWritesOneValidCalendarPerMentor() throws Exception {
        world.publish(world.inPerson(world.ada, "2026-12-01T10:00", "Ada's"));
        world.publish(world.online(world.bob, "2026-12-02T09:30", "Bob's"));

        ExportResult result = world.exports.export(ExportRequest.of(ExportFormat.ICS, out).withIcsPerMentor(true), WorkProgress.none());

        assertThat(result.files()).isEqualTo(2);
        Calendar ada = new CalendarBuilder().build(Files.newBufferedReader(out.resolve(FileNames.of(world.ada) + ".ics")));
        assertThat(ada.validate().hasErrors()).isFalse();
        assertThat(ada.<VEvent>getComponents("VEVENT")).singleElement()
                  .satisfies(e -> assertThat(value(e, Property.SUMMARY)).isEqualTo("Ada's"));
        assertThat(ada.<VTimeZone>getComponents("VTIMEZONE")).singleElement()
                  .satisfies(z -> assertThat(z.getTimeZoneId().orElseThrow().getValue()).isEqualTo("Europe/Berlin"));
    }

    @Test
    void parameterAndTextSpecialCharactersSurviveTheRoundTrip() throws Exception {
        String name = "Dr. ^Caret^; \"Semi\": Colon, Comma\\";
        Person odd = world.directory.savePerson(new DirectoryService.PersonInput(
                "odd@example.org", name, Set.of(Role.MENTOR), Set.of()));
        String title = "a\\b; c, d: e\u0007f\ttab";
        MentorshipSession session = world.publish(world.inPerson(odd, "2026-12-01T10:00", title).withMentee(world.mia.id()));

        Calendar calendar = export("mia@example.org");

        assertThat(calendar.validate().hasErrors()).isFalse();
        VEvent event = eventsByUid(calendar).get(SessionText.uid(session));
        assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getParameter(Parameter.CN).orElseThrow().getValue())
                .as("a backslash in a parameter becomes a slash").isEqualTo(name.replace('\\', '/'));
        assertThat(value(event, Property.SUMMARY)).as("the bell character is dropped, the rest intact").isEqualTo("a\\b; c, d: ef\ttab");
        assertThat(event.getProperty(Property.ATTENDEE).orElseThrow().getParameter(Parameter.PARTSTAT).orElseThrow().getValue())
                .isEqualTo("ACCEPTED");
    }

    @Test
    void anExportWithoutSessionsIsStillACalendarThatParses() throws Exception {
        Calendar calendar = export();

        assertThat(calendar.getComponents()).isEmpty();
        assertThat(calendar.getProperty(Property.PRODID)).isPresent();
    }

    private static Instant instant(Temporal temporal) {
        return Instant.from(temporal);
    }
}

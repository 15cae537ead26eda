package org.mentorplanner.caldav;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.Group;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.LocationKind;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.service.DescribedSession;
import org.mentorplanner.service.PulledEvent;
import org.mentorplanner.service.SessionFields;
import org.mentorplanner.service.SessionFields.Field;

/** The planning calendar's mapping: what the writer writes, the reader reads back field for field. */
class PlanningEventsTest {

    private static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");
    private static final Person ADA = new Person(1, "Ada@Example.org", "Ada \"The\" Lovelace, Countess", Set.of(Role.MENTOR));
    private static final Person MIA = new Person(2, "mia@example.org", "Mia Chen", Set.of(Role.MENTEE));
    private static final Location BERLIN = new Location(1, "Berlin office; 2nd floor", ZoneId.of("Europe/Berlin"), LocationKind.IN_PERSON);

    private final PlanningEvents format = new PlanningEvents();

    @Test
    void everyFieldOfASessionReadsBackAsWritten() throws Exception {
        DescribedSession view = view(new SessionDetails(ADA.id(), MIA.id(), BERLIN.id(), LocalDateTime.parse("2026-12-01T10:15"),
                Duration.ofMinutes(75), EnrollmentMethod.BOTH, "https://meet.example.org/room-1?a=1,b=2", "Room 4, by the \\ stairs",
                Set.of(7L, 8L), "Career chat: résumés, cover letters; and more",
                "Line one\r\nLine two, with a comma; a semicolon \\ a backslash\n\n" + "Long ".repeat(40) + "end"),
                SessionStatus.PUBLISHED, "series-42", "tok_ABC-def");

        String ics = format.planningObject(view);
        PulledEvent read = format.read(ics);

        assertThat(read.problem()).isNull();
        assertThat(read.uid()).isEqualTo("session-uid-1@mentor-planner");
        assertThat(read.fields()).isEqualTo(format.fields(view));
        assertThat(read.fields().get(Field.MENTOR)).isEqualTo("ada@example.org");
        assertThat(read.fields().get(Field.GROUPS)).isEqualTo("Backend, remote\nWomen in Tech");
        assertThat(read.fields().get(Field.START)).isEqualTo("2026-12-01T10:15");
        assertThat(read.fields().get(Field.DURATION)).isEqualTo("75");
        assertThat(read.sequence()).isEqualTo(3);
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        parsed.validate(); // ical4j stays the judge of what we write
    }

    @Test
    void aConflictMarkReadsBackAsTheMarkingPlannersValuesAndLeavesTheEventsOwnFields() throws Exception {
        DescribedSession view = view(new SessionDetails(ADA.id(), MIA.id(), BERLIN.id(), LocalDateTime.parse("2026-12-01T10:15"),
                Duration.ofMinutes(75), EnrollmentMethod.BOTH, null, null, Set.of(7L), "Career chat", "Room 5"),
                SessionStatus.PUBLISHED, null, null);
        String ics = format.planningObject(view);
        String mine = "Bring your CV, please; a \\ backslash\nand " + "long ".repeat(30);

        String marked = format.marked(ics, Map.of(Field.NOTES, mine, Field.GROUPS, "Backend, remote\nWomen in Tech"));
        PulledEvent read = format.read(marked);

        assertThat(read.fields()).isEqualTo(format.fields(view));
        assertThat(read.isMarked()).isTrue();
        assertThat(read.mark()).containsOnlyKeys(Field.NOTES, Field.GROUPS);
        assertThat(read.proposal().get(Field.NOTES)).isEqualTo(PlanningEvents.text(mine));
        assertThat(read.proposal().get(Field.GROUPS)).isEqualTo("Backend, remote\nWomen in Tech");
        assertThat(read.proposal().get(Field.TITLE)).isEqualTo("Career chat");
        new CalendarBuilder().build(new StringReader(marked)).validate();
        // Marking again replaces the mark; the writer's event has none.
        assertThat(format.read(format.marked(marked, Map.of(Field.TITLE, "Other"))).mark())
                .isEqualTo(Map.of(Field.TITLE, "Other"));
        assertThat(format.read(ics).isMarked()).isFalse();
    }

    @Test
    void aDraftWithoutTitleMenteeOrLinksReadsBackEmpty() {
        DescribedSession view = new DescribedSession(session(new SessionDetails(ADA.id(), null, BERLIN.id(), LocalDateTime.parse("2026-12-01T10:00"),
                Duration.ofMinutes(30), EnrollmentMethod.IN_PERSON, null, null, Set.of(), "", ""), SessionStatus.DRAFT, null, null),
                ADA, null, BERLIN, List.of(), null);

        SessionFields read = format.read(format.planningObject(view)).fields();

        assertThat(read).isEqualTo(format.fields(view));
        assertThat(read.get(Field.TITLE)).isEmpty();
        assertThat(read.get(Field.STATUS)).isEqualTo("DRAFT");
        assertThat(read.get(Field.MENTEE)).isEmpty();
    }

    @Test
    void calendarDataWithBareLineFeedsAsAnXmlParserLeavesItReadsTheSame() {
        DescribedSession view = view(new SessionDetails(ADA.id(), null, BERLIN.id(), LocalDateTime.parse("2026-12-01T10:00"),
                Duration.ofMinutes(30), EnrollmentMethod.IN_PERSON, null, null, Set.of(), "Chat", "Notes ".repeat(30)),
                SessionStatus.PUBLISHED, null, null);
        String lineFeeds = format.planningObject(view).replace("\r\n", "\n");

        assertThat(format.read(lineFeeds).fields()).isEqualTo(format.fields(view));
    }

    @Test
    void aTimeMovedByAPlainCalendarAppIsReadInTheSessionsZone() {
        DescribedSession view = view(new SessionDetails(ADA.id(), null, BERLIN.id(), LocalDateTime.parse("2026-12-01T10:00"),
                Duration.ofMinutes(30), EnrollmentMethod.IN_PERSON, null, null, Set.of(), "Chat", ""),
                SessionStatus.PUBLISHED, null, null);
        String moved = format.planningObject(view)
                             .replace("DTSTART;TZID=Europe/Berlin:20261201T100000", "DTSTART:20261201T130000Z")
                             .replace("DTEND;TZID=Europe/Berlin:20261201T103000", "DTEND:20261201T140000Z");

        SessionFields read = format.read(moved).fields();

        assertThat(read.get(Field.START)).isEqualTo("2026-12-01T14:00");
        assertThat(read.get(Field.DURATION)).isEqualTo("60");
        assertThat(read.get(Field.ZONE)).isEqualTo("Europe/Berlin");
    }

    @Test
    void anEventOfAnotherAppOrBrokenTextIsAProblemNotAnError() {
        String plain = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\nBEGIN:VEVENT\r\nUID:other-1\r\n"
                + "DTSTAMP:20261101T120000Z\r\nDTSTART:20261201T100000Z\r\nSUMMARY:Lunch\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        assertThat(format.read(plain).problem()).isEqualTo("was not made by Mentor Planner (it has no X-MENTORPLANNER-MENTOR)");
        assertThat(format.read(plain).uid()).isEqualTo("other-1");
        assertThat(format.read("not a calendar").problem()).startsWith("is not a valid iCalendar event");
        assertThat(format.read("X".repeat(PlanningEvents.MAX_OBJECT_CHARS + 1)).problem()).startsWith("is larger than");
    }

    private static DescribedSession view(SessionDetails details, SessionStatus status, String series, String token) {
        return new DescribedSession(session(details, status, series, token), ADA, details.hasMentee() ? MIA : null, BERLIN,
                details.groupIds().isEmpty() ? List.of() : List.of(new Group(8, "Backend, remote"), new Group(7, "Women in Tech")),
                token == null ? null : "https://mentoring.example.org/book/" + token);
    }

    private static MentorshipSession session(SessionDetails details, SessionStatus status, String series, String token) {
        return new MentorshipSession(1, details, BERLIN.zone(), status, series, token, 3, NOW, NOW, "session-uid-1@mentor-planner");
    }
}

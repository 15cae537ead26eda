package org.mentorplanner.export;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.mentorplanner.domain.Audience;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.service.DescribedSession;
import org.mentorplanner.service.ExportSelection;
import org.mentorplanner.service.format.JsonWriter;

/**
 * Writes an export as JSON; the schema is documented in {@code docs/booking-links-json.md}. This
 * class says what the document holds; {@link JsonWriter}, the one JSON writer (also behind the
 * command line's JSON), writes the text.
 */
public final class JsonExporter {

    /** Name of the schema, written into every file. */
    public static final String SCHEMA = "mentor-planner/booking-links";
    /** Grows when a field changes meaning or disappears; new fields do not change it. */
    public static final int VERSION = 1;

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** The whole document. */
    public String write(ExportSelection selection) {
        JsonWriter json = new JsonWriter(true);
        json.beginObject()
            .name("schema").value(SCHEMA)
            .name("version").value(VERSION)
            .name("generatedAt").value(selection.generatedAt().toString());
        audience(json.name("audience"), selection.audience());
        json.name("range").beginObject()
            .name("from").value(selection.from().toString())
            .name("to").value(selection.to() == null ? null : selection.to().toString())
            .endObject();
        json.name("sessions").beginArray();
        for (DescribedSession view : selection.sessions()) {
            session(json, view);
        }
        json.endArray().endObject();
        return json + "\n";
    }

    private static void audience(JsonWriter json, Audience audience) {
        json.beginObject();
        switch (audience) {
            case Audience.Everyone everyone -> json.name("kind").value("everyone").name("name").value("everyone");
            case Audience.Members members -> json.name("kind").value("group").name("name").value(members.group().name());
            case Audience.Mentee mentee -> json.name("kind").value("mentee").name("name").value(mentee.person().name())
                                               .name("email").value(mentee.person().email());
        }
        json.endObject();
    }

    private static void session(JsonWriter json, DescribedSession view) {
        MentorshipSession session = view.session();
        json.beginObject()
            .name("id").value(session.id())
            .name("uid").value(SessionText.uid(session))
            .name("status").value(SessionText.state(session))
            .name("title").value(session.displayTitle())
            .name("notes").value(session.details().notes());
        person(json.name("mentor"), view.mentor());
        person(json.name("mentee"), view.mentee());
        json.name("start").value(LOCAL.format(session.start()))
            .name("end").value(LOCAL.format(session.end()))
            .name("timeZone").value(session.zone().getId())
            .name("startUtc").value(session.startInstant().toString())
            .name("endUtc").value(session.endInstant().toString())
            .name("durationMinutes").value(session.details().duration().toMinutes())
            .name("method").value(session.details().method().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        json.name("location");
        if (view.location() == null) {
            json.nullValue();
        } else {
            json.beginObject().name("name").value(view.location().name())
                .name("kind").value(view.location().kind().label()).endObject();
        }
        json.name("place").value(session.details().place())
            .name("meetingUrl").value(SessionText.meetingUrl(view));
        json.name("groups").beginArray();
        view.groups().forEach(group -> json.value(group.name()));
        json.endArray()
            .name("bookingUrl").value(view.bookingUrl())
            .name("revision").value(session.revision())
            .endObject();
    }

    private static void person(JsonWriter json, Person person) {
        if (person == null) {
            json.nullValue();
            return;
        }
        json.beginObject().name("name").value(person.name()).name("email").value(person.email()).endObject();
    }
}

package org.mentorplanner.service.format;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.mentorplanner.domain.Group;
import org.mentorplanner.domain.LocalTimeAt;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.service.DescribedSession;

/**
 * Sessions as JSON objects with the fields {@code id, title, mentor, mentee, location, zone,
 * start, end, method, url, groups, status, seriesId, localTimes}. People are given by email,
 * locations and groups by name; {@code start} and {@code end} are local ISO date-times in the
 * session's zone; {@code localTimes} maps every other location's name to the local start there.
 */
public final class SessionJson {

    /** ISO 8601 local date-time to the minute, the form the command line takes: 2026-12-01T10:00. */
    public static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm", Locale.ROOT);

    private SessionJson() {
    }

    /** A JSON array of {@code sessions}; {@code locations} are all locations, for {@code localTimes}. */
    public static String array(List<DescribedSession> sessions, Collection<Location> locations, boolean pretty) {
        JsonWriter json = new JsonWriter(pretty).beginArray();
        for (DescribedSession session : sessions) {
            write(json, session, locations);
        }
        return json.endArray().toString();
    }

    /** One session as a JSON object. */
    public static String object(DescribedSession session, Collection<Location> locations, boolean pretty) {
        JsonWriter json = new JsonWriter(pretty);
        write(json, session, locations);
        return json.toString();
    }

    /** Writes one session object into {@code json}. */
    public static void write(JsonWriter json, DescribedSession view, Collection<Location> locations) {
        MentorshipSession session = view.session();
        json.beginObject()
            .name("id").value(session.id())
            .name("title").value(session.details().title())
            .name("mentor").value(view.mentor().email())
            .name("mentee").value(view.mentee() == null ? null : view.mentee().email())
            .name("location").value(view.location().name())
            .name("zone").value(session.zone().getId())
            .name("start").value(session.start().toLocalDateTime().format(LOCAL_MINUTES))
            .name("end").value(session.end().toLocalDateTime().format(LOCAL_MINUTES))
            .name("method").value(session.details().method().label().toLowerCase(Locale.ROOT))
            .name("url").value(session.details().meetingUrl())
            .name("groups").beginArray();
        for (Group group : view.groups()) {
            json.value(group.name());
        }
        json.endArray()
            .name("status").value(session.status().name().toLowerCase(Locale.ROOT))
            .name("seriesId").value(session.seriesId())
            .name("localTimes").beginObject();
        for (LocalTimeAt at : LocalTimeAt.atOtherLocations(session.startInstant(), view.location(), locations)) {
            json.name(at.location().name()).value(at.start().toLocalDateTime().format(LOCAL_MINUTES));
        }
        json.endObject().endObject();
    }
}

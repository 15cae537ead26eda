package org.mentorplanner.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.service.DescribedSession;

/**
 * Writes VEVENT content lines (RFC 5545 §3.6.1), unfolded; {@link IcsFolding} folds them.
 * Hand-written rather than built from ical4j property objects: those cost three times as much as
 * the events themselves (a zone-table scan per date, regular expressions per text), and a
 * full event has three times the properties of a bare one. ical4j still supplies the calendar
 * envelope and the VTIMEZONEs, and the tests parse and validate every export with it.
 * Not thread-safe: one writer per calendar.
 */
final class IcsEventWriter {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final StringBuilder out;
    private final Map<String, String> mailtos = new HashMap<>();
    private boolean menteeAccepted = true;

    IcsEventWriter(StringBuilder out) {
        this.out = out;
    }

    /** Whether the booked mentee has accepted the session as it now is (else it was moved since: NEEDS-ACTION). */
    void menteeAccepted(boolean accepted) {
        this.menteeAccepted = accepted;
    }

    /** One VEVENT; {@code zoneKnown} false writes the times in UTC because no VTIMEZONE describes the zone. */
    void event(DescribedSession view, boolean zoneKnown) {
        MentorshipSession session = view.session();
        out.append("BEGIN:VEVENT\r\n");
        line("UID").text(SessionText.uid(session));
        line("DTSTAMP").plain(UTC.format(session.updatedAt()));
        if (zoneKnown) {
            String zone = session.zone().getId();
            line("DTSTART").param("TZID", zone).plain(LOCAL.format(session.details().localStart()));
            line("DTEND").param("TZID", zone).plain(LOCAL.format(session.end().toLocalDateTime()));
        } else {
            line("DTSTART").plain(UTC.format(session.startInstant()));
            line("DTEND").plain(UTC.format(session.endInstant()));
        }
        line("SEQUENCE").plain(session.revision());
        line("STATUS").plain(status(session));
        line("SUMMARY").text(session.displayTitle());
        line("DESCRIPTION").text(description(view));
        String place = SessionText.place(view);
        if (!place.isEmpty()) {
            line("LOCATION").text(place);
        }
        String meeting = SessionText.meetingUrl(view);
        if (meeting != null) {
            line("CONFERENCE").param("VALUE", "URI").param("FEATURE", "VIDEO").param("LABEL", "Meeting link")
                    .uri(meeting);
        }
        if (view.bookingUrl() != null) {
            line("URL").uri(view.bookingUrl());
        }
        if (view.mentor() != null) {
            line("ORGANIZER").param("CN", view.mentor().name()).plain(mailto(view.mentor()));
        }
        if (view.mentee() != null) {
            // The mentee booked, so accepted, until the session moves; a cancellation is the event's STATUS, not their answer.
            line("ATTENDEE").param("CN", view.mentee().name()).param("ROLE", "REQ-PARTICIPANT")
                    .param("PARTSTAT", menteeAccepted ? "ACCEPTED" : "NEEDS-ACTION")
                    .plain(mailto(view.mentee()));
        }
        out.append("END:VEVENT\r\n");
    }

    /**
     * One VEVENT of a planning calendar: {@link #event} with {@code X-MENTORPLANNER-*} properties
     * for every field RFC 5545 cannot say (ADR 0018), read back by {@link PlanningEvents}.
     * Empty fields are left out.
     */
    void planningEvent(DescribedSession view, boolean zoneKnown) {
        event(view, zoneKnown);
        // Insert before END:VEVENT, which event() wrote last.
        out.setLength(out.length() - "END:VEVENT\r\n".length());
        MentorshipSession session = view.session();
        SessionDetails d = session.details();
        x("STATUS", session.status().name());
        x("TITLE", d.title());
        x("NOTES", d.notes());
        x("MENTOR", view.mentor() == null ? "" : view.mentor().email());
        x("MENTEE", view.mentee() == null ? "" : view.mentee().email());
        x("LOCATION", view.location() == null ? "" : view.location().name());
        x("ZONE", session.zone().getId());
        x("METHOD", d.method().name());
        x("MEETING-URL", d.meetingUrl() == null ? "" : d.meetingUrl());
        x("PLACE", d.place() == null ? "" : d.place());
        for (var group : view.groups()) {
            x("GROUP", group.name());
        }
        x("SERIES", session.seriesId() == null ? "" : session.seriesId());
        x("BOOKING-TOKEN", session.bookingToken() == null ? "" : session.bookingToken());
        out.append("END:VEVENT\r\n");
    }

    private void x(String name, String value) {
        if (!value.isEmpty()) {
            line(IcsExporter.PLANNER_PROPERTY_PREFIX + name).text(value);
        }
    }

    private static String status(MentorshipSession session) {
        if (session.isCancelled()) {
            return "CANCELLED";
        }
        return session.isBooked() ? "CONFIRMED" : "TENTATIVE";
    }

    /** The notes, then the facts a calendar app does not show elsewhere. */
    private static String description(DescribedSession view) {
        StringBuilder text = new StringBuilder(256);
        String notes = view.session().details().notes();
        if (!notes.isEmpty()) {
            text.append(notes).append("\n\n");
        }
        text.append("Mentor: ").append(view.mentor() == null ? "unknown" : view.mentor().name());
        text.append("\nMethod: ").append(view.session().details().method().label());
        String meeting = SessionText.meetingUrl(view);
        if (meeting != null) {
            text.append("\nMeeting link: ").append(meeting);
        }
        if (view.bookingUrl() != null && !view.session().isBooked()) {
            text.append("\nBook: ").append(view.bookingUrl());
        }
        return text.toString();
    }

    private String mailto(Person person) {
        return mailtos.computeIfAbsent(person.email(), email -> {
            try {
                // Percent-encodes what an email may hold but a URI may not.
                return new URI("mailto", email, null).toASCIIString();
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("cannot write " + email + " as a mailto link", e);
            }
        });
    }

    private IcsEventWriter line(String name) {
        out.append(name);
        return this;
    }

    /** A value written as it is: numbers, dates, keywords, mailto links. Ends the line. */
    private void plain(Object value) {
        out.append(':').append(value).append("\r\n");
    }

    /**
     * A parameter; values are encoded as RFC 6868 says (^ ^^, newline ^n, " ^') and quoted when
     * they hold : ; , or non-ASCII characters, as ical4j does.
     */
    private IcsEventWriter param(String name, String value) {
        out.append(';').append(name).append('=');
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ':' || c == ';' || c == ',' || c > 0x7E;
        }
        if (quote) {
            out.append('"');
        }
        escaped(value, true);
        if (quote) {
            out.append('"');
        }
        return this;
    }

    /** A TEXT value (§3.3.11): backslash, semicolon and comma escaped, line breaks as \n, other controls dropped. Ends the line. */
    private void text(String value) {
        out.append(':');
        escaped(value, false);
        out.append("\r\n");
    }

    /**
     * Appends {@code value} escaped for a parameter (RFC 6868: ^ as ^^, " as ^', line break as ^n)
     * or for TEXT (backslash, semicolon and comma with a backslash, line break as \n). A backslash
     * in a parameter becomes a slash (see below). Both
     * drop other control characters, which neither may hold.
     */
    private void escaped(String value, boolean parameter) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n') {
                out.append(parameter ? "^n" : "\\n");
                if (c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (parameter && c == '^') {
                out.append("^^");
            } else if (parameter && c == '"') {
                out.append("^'");
            } else if (parameter && c == '\\') {
                // RFC 5545 takes a backslash in a parameter literally, but ical4j's reader (and
                // others built on a stream tokenizer) read it as an escape and garble the line.
                out.append('/');
            } else if (!parameter && (c == '\\' || c == ';' || c == ',')) {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c != 0x7F || c == '\t') {
                out.append(c);
            }
        }
    }

    /** A URI value; the links were validated as http(s) when saved, control characters are dropped anyway. Ends the line. */
    private void uri(String value) {
        out.append(':');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > 0x20 && c != 0x7F) {
                out.append(c);
            }
        }
        out.append("\r\n");
    }
}

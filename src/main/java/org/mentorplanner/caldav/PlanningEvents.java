package org.mentorplanner.caldav;

import jakarta.inject.Singleton;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.export.IcsExporter;
import org.mentorplanner.export.IcsFolding;
import org.mentorplanner.service.DescribedSession;
import org.mentorplanner.service.PlanningFormat;
import org.mentorplanner.service.PulledEvent;
import org.mentorplanner.service.SessionFields;
import org.mentorplanner.service.SessionFields.Field;

/**
 * Sessions in a planning calendar (ADR 0018): written by the ICS export's event writer
 * with {@code X-MENTORPLANNER-*} properties, read back with ical4j into {@link SessionFields}.
 *
 * <p>What a plain calendar app edits is read from the standard properties: the title from
 * SUMMARY, the time from DTSTART and DTEND (or DURATION). Everything else comes from the
 * {@code X-MENTORPLANNER-*} properties, which calendar apps keep unchanged. {@link #fields} gives a
 * session's fields exactly as {@link #read} reads them from {@link #planningObject}, text
 * normalised the way the writer escapes it, so an unchanged session compares equal and a sync
 * right after a sync sends nothing.
 */
@Singleton
public class PlanningEvents implements PlanningFormat {

    /** The prefix of the properties only Mentor Planner reads. */
    static final String PREFIX = IcsExporter.PLANNER_PROPERTY_PREFIX;
    /** A bigger calendar object is not a session (and not read): untrusted input has limits. */
    static final int MAX_OBJECT_CHARS = 256 * 1024;
    /** The conflict mark's property (ADR 0029), one per field in conflict. */
    static final String CONFLICT = PREFIX + "CONFLICT";
    /** Its parameter naming the field. */
    static final String CONFLICT_FIELD = "X-FIELD";

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final String DEFAULT_TITLE = "Mentorship session";

    private final IcsExporter ics = new IcsExporter();

    @Override
    public String planningObject(DescribedSession view) {
        return ics.planningObject(view);
    }

    @Override
    public SessionFields fields(DescribedSession view) {
        MentorshipSession session = view.session();
        SessionDetails d = session.details();
        Map<Field, String> values = new EnumMap<>(Field.class);
        values.put(Field.TITLE, title(text(session.displayTitle())));
        values.put(Field.NOTES, text(d.notes()));
        values.put(Field.MENTOR, view.mentor() == null ? "" : view.mentor().email().toLowerCase(Locale.ROOT));
        values.put(Field.MENTEE, view.mentee() == null ? "" : view.mentee().email().toLowerCase(Locale.ROOT));
        values.put(Field.LOCATION, view.location() == null ? "" : text(view.location().name()));
        values.put(Field.ZONE, session.zone().getId());
        values.put(Field.START, d.localStart().toString());
        values.put(Field.DURATION, Long.toString(d.duration().toMinutes()));
        values.put(Field.METHOD, d.method().name());
        values.put(Field.MEETING_URL, d.meetingUrl() == null ? "" : text(d.meetingUrl()));
        values.put(Field.PLACE, d.place() == null ? "" : text(d.place()));
        values.put(Field.GROUPS, String.join("\n", view.groups().stream().map(g -> text(g.name())).sorted().toList()));
        values.put(Field.STATUS, session.status().name());
        values.put(Field.SERIES, session.seriesId() == null ? "" : text(session.seriesId()));
        values.put(Field.BOOKING_TOKEN, session.bookingToken() == null ? "" : text(session.bookingToken()));
        return SessionFields.of(values);
    }

    @Override
    public PulledEvent read(String calendarObject) {
        if (calendarObject.length() > MAX_OBJECT_CHARS) {
            return problem(null, "is larger than " + MAX_OBJECT_CHARS / 1024 + " KB, so it was not read");
        }
        VEvent event;
        try {
            // An XML parser turns the CRLF of calendar-data into LF (XML's end-of-line handling), and
            // ical4j unfolds only CRLF followed by a space: every line ending goes back to CRLF.
            String crlf = calendarObject.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
            List<VEvent> events = new CalendarBuilder().build(new StringReader(crlf)).getComponents(Component.VEVENT);
            if (events.isEmpty()) {
                return problem(null, "holds no event");
            }
            event = events.get(0);
            String uid = value(event, Property.UID).orElse(null);
            if (events.size() > 1 || event.getProperty(Property.RRULE).isPresent()) {
                return problem(uid, "is a repeating event; Mentor Planner sessions are single events");
            }
            return read(event, uid);
        } catch (Exception e) {
            // ical4j throws parser, date and runtime exceptions for broken input; none may stop a sync.
            return problem(null, "is not a valid iCalendar event (" + e.getMessage() + ")");
        }
    }

    private static PulledEvent read(VEvent event, String uid) {
        List<PulledEvent.Attendee> attendees = attendees(event);
        int sequence = value(event, Property.SEQUENCE).map(PlanningEvents::number).orElse(0);
        if (uid == null || uid.isBlank()) {
            return new PulledEvent(null, null, sequence, attendees, "has no UID");
        }
        Map<Field, String> values = new EnumMap<>(Field.class);
        for (String required : List.of("MENTOR", "LOCATION", "METHOD", "STATUS")) {
            if (x(event, required).isEmpty()) {
                return new PulledEvent(uid, null, sequence, attendees,
                        "was not made by Mentor Planner (it has no " + PREFIX + required + ")");
            }
        }
        String zoneId = x(event, "ZONE").orElse("UTC");
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            return new PulledEvent(uid, null, sequence, attendees, "has an unknown time zone " + zoneId);
        }
        Optional<ZonedDateTime> start = dateTime(event.getProperty(Property.DTSTART).orElse(null), zone);
        if (start.isEmpty()) {
            return new PulledEvent(uid, null, sequence, attendees, "has no start time (an all-day event is not a session)");
        }
        Optional<ZonedDateTime> end = dateTime(event.getProperty(Property.DTEND).orElse(null), zone);
        Duration duration;
        if (end.isPresent()) {
            duration = Duration.between(start.get(), end.get());
        } else {
            try {
                duration = value(event, Property.DURATION).map(Duration::parse).orElse(Duration.ZERO);
            } catch (DateTimeParseException e) {
                duration = Duration.ZERO;
            }
        }
        values.put(Field.TITLE, title(text(value(event, Property.SUMMARY).orElse(""))));
        values.put(Field.NOTES, x(event, "NOTES").orElse(""));
        values.put(Field.MENTOR, x(event, "MENTOR").orElse("").toLowerCase(Locale.ROOT));
        values.put(Field.MENTEE, x(event, "MENTEE").orElse("").toLowerCase(Locale.ROOT));
        values.put(Field.LOCATION, x(event, "LOCATION").orElse(""));
        values.put(Field.ZONE, zone.getId());
        values.put(Field.START, start.get().withZoneSameInstant(zone).toLocalDateTime().toString());
        values.put(Field.DURATION, Long.toString(duration.toMinutes()));
        values.put(Field.METHOD, x(event, "METHOD").orElse(""));
        values.put(Field.MEETING_URL, x(event, "MEETING-URL").orElse(""));
        values.put(Field.PLACE, x(event, "PLACE").orElse(""));
        values.put(Field.GROUPS, String.join("\n", event.getProperties(PREFIX + "GROUP").stream()
                .map(p -> text(p.getValue())).filter(name -> !name.isEmpty()).sorted().toList()));
        values.put(Field.STATUS, x(event, "STATUS").orElse(""));
        values.put(Field.SERIES, x(event, "SERIES").orElse(""));
        values.put(Field.BOOKING_TOKEN, x(event, "BOOKING-TOKEN").orElse(""));
        return new PulledEvent(uid, SessionFields.of(values), sequence, attendees, null, mark(event));
    }

    /** The conflict mark (ADR 0029): one {@code X-MENTORPLANNER-CONFLICT;X-FIELD=NAME:value} per field; unknown names are skipped. */
    private static Map<Field, String> mark(VEvent event) {
        Map<Field, String> mark = new EnumMap<>(Field.class);
        for (Property property : event.getProperties(CONFLICT)) {
            Optional<String> name = property.getParameter(CONFLICT_FIELD).map(Parameter::getValue);
            Field field = name.flatMap(PlanningEvents::field).orElse(null);
            if (field != null) {
                String value = property.getValue() == null ? "" : text(property.getValue());
                mark.put(field, field == Field.MENTOR || field == Field.MENTEE ? value.toLowerCase(Locale.ROOT) : value);
            }
        }
        return mark;
    }

    private static Optional<Field> field(String name) {
        try {
            return Optional.of(Field.valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a newer planner's field
        }
    }

    @Override
    public String marked(String calendarObject, Map<Field, String> mine) {
        String unfolded = calendarObject.replace("\r\n", "\n").replace('\r', '\n').replace("\n ", "").replace("\n\t", "");
        StringBuilder out = new StringBuilder(unfolded.length() + 128 * mine.size());
        boolean placed = false;
        for (String line : unfolded.split("\n")) {
            if (line.regionMatches(true, 0, CONFLICT, 0, CONFLICT.length())
                    && line.length() > CONFLICT.length() && (line.charAt(CONFLICT.length()) == ';' || line.charAt(CONFLICT.length()) == ':')) {
                continue; // an earlier mark
            }
            if (!placed && line.equalsIgnoreCase("END:VEVENT")) {
                for (Map.Entry<Field, String> value : new EnumMap<>(mine).entrySet()) {
                    out.append(CONFLICT).append(';').append(CONFLICT_FIELD).append('=').append(value.getKey().name())
                       .append(':').append(escaped(value.getValue())).append("\r\n");
                }
                placed = true;
            }
            out.append(line).append("\r\n");
        }
        return IcsFolding.fold(out);
    }

    /** A TEXT value escaped as RFC 5545 §3.3.11 says, as the ICS export's event writer writes it. */
    private static String escaped(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (char c : text(value).toCharArray()) {
            switch (c) {
                case '\\', ';', ',' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static PulledEvent problem(String uid, String problem) {
        return new PulledEvent(uid, null, 0, List.of(), problem);
    }

    /** The attendees with a mailto address. */
    static List<PulledEvent.Attendee> attendees(VEvent event) {
        List<PulledEvent.Attendee> attendees = new ArrayList<>();
        for (Property attendee : event.getProperties(Property.ATTENDEE)) {
            String value = attendee.getValue() == null ? "" : attendee.getValue().strip();
            if (!value.regionMatches(true, 0, "mailto:", 0, 7)) {
                continue;
            }
            String email = URLDecoder.decode(value.substring(7).replace("+", "%2B"), StandardCharsets.UTF_8)
                                     .strip().toLowerCase(Locale.ROOT);
            String name = attendee.getParameter(Parameter.CN).map(Parameter::getValue).orElse("");
            String partStat = attendee.getParameter(Parameter.PARTSTAT).map(Parameter::getValue).orElse("NEEDS-ACTION")
                                      .toUpperCase(Locale.ROOT);
            attendees.add(new PulledEvent.Attendee(email, text(name), partStat));
        }
        return attendees;
    }

    /** A DATE-TIME property in {@code zone}: with its TZID, in UTC (Z), or floating (taken as in {@code zone}). */
    private static Optional<ZonedDateTime> dateTime(Property property, ZoneId zone) {
        if (property == null || property.getValue() == null) {
            return Optional.empty();
        }
        String value = property.getValue().strip();
        try {
            if (value.endsWith("Z")) {
                return Optional.of(LocalDateTime.parse(value.substring(0, value.length() - 1), LOCAL).atZone(ZoneOffset.UTC));
            }
            if (value.length() != 15) {
                return Optional.empty(); // a DATE: all day
            }
            LocalDateTime local = LocalDateTime.parse(value, LOCAL);
            ZoneId own = property.getParameter(Parameter.TZID).map(Parameter::getValue).map(PlanningEvents::zone).orElse(zone);
            return Optional.of(local.atZone(own));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id.startsWith("/") ? id.substring(1) : id);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Optional<String> value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).filter(v -> v != null);
    }

    private static Optional<String> x(VEvent event, String name) {
        return value(event, PREFIX + name).map(PlanningEvents::text).filter(v -> !v.isEmpty());
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The empty title is written as the generic one; reading it back gives empty again. */
    private static String title(String title) {
        return title.equals(DEFAULT_TITLE) ? "" : title;
    }

    /**
     * Text as the writer's escaping leaves it and the store keeps it: line breaks as \n, other
     * control characters dropped, no leading or trailing white space.
     */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\t' || c >= 0x20 && c != 0x7F) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

}

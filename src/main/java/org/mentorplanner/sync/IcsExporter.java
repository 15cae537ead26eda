package org.mentorplanner.sync;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Feature;
import net.fortuna.ical4j.model.parameter.Label;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Conference;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.service.SessionView;

/**
 * Writes sessions as an iCalendar (RFC 5545) calendar through ical4j.
 *
 * <p>Each session is one VEVENT: a UID that stays the same across exports and edits, DTSTAMP =
 * when the session last changed (so an unchanged session exports to the same bytes), DTSTART and
 * DTEND in the session's zone with a TZID and a VTIMEZONE from the zone data bundled in ical4j
 * (never fetched: see {@code ical4j.properties}), SEQUENCE = the session's revision, STATUS
 * TENTATIVE for an open slot, CONFIRMED when booked, CANCELLED when cancelled; URL is the booking
 * link, CONFERENCE (RFC 7986) the meeting link, ORGANIZER the mentor and ATTENDEE the booked mentee.
 * A zone the bundled data does not know is written in UTC instead, which is still exact.
 */
public final class IcsExporter {

    private static final String PRODUCT = "-//Mentor Planner//Booking links 1.0//EN";

    /** One calendar named {@code name} holding {@code sessions}. */
    public String calendar(String name, List<SessionView> sessions) {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        Map<ZoneId, Optional<VTimeZone>> zones = new LinkedHashMap<>();
        List<CalendarComponent> events = new ArrayList<>(sessions.size());
        for (SessionView view : sessions) {
            Optional<VTimeZone> zone = zones.computeIfAbsent(view.session().zone(), id -> timeZone(registry, id));
            events.add(event(view, zone.isPresent()));
        }
        List<CalendarComponent> components = new ArrayList<>(zones.size() + events.size());
        zones.values().forEach(zone -> zone.ifPresent(components::add));
        components.addAll(events);
        PropertyList properties = new PropertyList(List.of(new ProdId(PRODUCT), ImmutableVersion.VERSION_2_0,
                new CalScale(CalScale.VALUE_GREGORIAN), new Name(name), new XProperty("X-WR-CALNAME", name)));
        return write(new Calendar(properties, new ComponentList<>(components)));
    }

    /** Calendar text without validating it again (tests validate; validation costs as much as writing). */
    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter(4096);
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("ical4j refused the calendar", e);
        }
        // ical4j folds at 75 characters; RFC 5545 means 75 octets, so fold again by octets.
        return IcsFolding.refold(out.toString());
    }

    private static VEvent event(SessionView view, boolean zoneKnown) {
        MentorshipSession session = view.session();
        ZonedDateTime start = session.start();
        ZonedDateTime end = session.end();
        if (!zoneKnown) {
            start = start.withZoneSameInstant(ZoneOffset.UTC);
            end = end.withZoneSameInstant(ZoneOffset.UTC);
        }
        List<Property> properties = new ArrayList<>(16);
        properties.add(new Uid(SessionText.uid(session)));
        properties.add(new DtStamp(session.updatedAt()));
        properties.add(zoneKnown ? new DtStart<>(start) : new DtStart<>(start.toInstant()));
        properties.add(zoneKnown ? new DtEnd<>(end) : new DtEnd<>(end.toInstant()));
        properties.add(new Sequence(session.revision()));
        properties.add(new Status(status(session)));
        properties.add(new Summary(session.displayTitle()));
        properties.add(new Description(description(view)));
        String place = SessionText.place(view);
        if (!place.isEmpty()) {
            properties.add(new Location(place));
        }
        String meeting = SessionText.meetingUrl(view);
        if (meeting != null) {
            properties.add(new Conference(new ParameterList(List.of(Value.URI, new Feature(Feature.Value.VIDEO),
                    new Label("Meeting link"))), meeting));
        }
        if (view.bookingUrl() != null) {
            properties.add(new Url(URI.create(view.bookingUrl())));
        }
        if (view.mentor() != null) {
            properties.add(new Organizer(new ParameterList(List.of(new Cn(view.mentor().name()))), mailto(view.mentor())));
        }
        if (view.mentee() != null) {
            properties.add(new Attendee(new ParameterList(List.of(new Cn(view.mentee().name()), Role.REQ_PARTICIPANT,
                    session.isCancelled() ? PartStat.DECLINED : PartStat.ACCEPTED)), mailto(view.mentee())));
        }
        return new VEvent(new PropertyList(properties));
    }

    private static String status(MentorshipSession session) {
        if (session.isCancelled()) {
            return Status.VALUE_CANCELLED;
        }
        return session.isBooked() ? Status.VALUE_CONFIRMED : Status.VALUE_TENTATIVE;
    }

    /** The notes, then the facts a calendar app does not show elsewhere. */
    private static String description(SessionView view) {
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

    private static URI mailto(Person person) {
        try {
            return new URI("mailto", person.email(), null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot write " + person.email() + " as a mailto link", e);
        }
    }

    /** The bundled VTIMEZONE without its TZURL, so no client is pointed at the network for it. */
    private static Optional<VTimeZone> timeZone(TimeZoneRegistry registry, ZoneId zone) {
        if (zone.normalized() instanceof ZoneOffset) {
            return Optional.empty();
        }
        TimeZone timeZone = registry.getTimeZone(zone.getId());
        if (timeZone == null) {
            return Optional.empty();
        }
        VTimeZone bundled = timeZone.getVTimeZone();
        List<Property> kept = new ArrayList<>();
        for (Property property : bundled.getProperties()) {
            if (!Property.TZURL.equals(property.getName())) {
                kept.add(property);
            }
        }
        return Optional.of(new VTimeZone(new PropertyList(kept), bundled.getComponentList()));
    }
}

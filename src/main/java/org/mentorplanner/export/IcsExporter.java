package org.mentorplanner.export;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.mentorplanner.service.DescribedSession;

/**
 * Writes sessions as an iCalendar (RFC 5545) calendar.
 *
 * <p>Each session is one VEVENT: a UID that stays the same across exports and edits, DTSTAMP =
 * when the session last changed (so an unchanged session exports to the same bytes), DTSTART and
 * DTEND in the session's zone with a TZID and a matching VTIMEZONE, SEQUENCE = the session's
 * revision, STATUS TENTATIVE for an open slot, CONFIRMED when booked, CANCELLED when cancelled;
 * URL is the booking link, CONFERENCE (RFC 7986) the meeting link, ORGANIZER the mentor and
 * ATTENDEE the booked mentee.
 *
 * <p>ical4j writes the calendar properties and the VTIMEZONEs, from the zone data bundled in its
 * jar (online updates are off: see {@code ical4j.properties}; the TZURL pointing at the network
 * is left out). A zone the bundled data does not know is written in UTC instead, which is still
 * exact. The events are written by {@link IcsEventWriter}, and every line is folded at 75 octets.
 */
public final class IcsExporter {

    /**
     * The prefix of the properties only Mentor Planner writes and reads: the planning fields of
     * {@link #planningObject} (read back by the CalDAV planning sync).
     */
    public static final String PLANNER_PROPERTY_PREFIX = "X-MENTORPLANNER-";

    private static final String PRODUCT = "-//Mentor Planner//Booking links 1.0//EN";

    /** One calendar named {@code name} holding {@code sessions}. */
    public String calendar(String name, List<DescribedSession> sessions) {
        return write(List.of(new Name(name), new XProperty("X-WR-CALNAME", name)), sessions);
    }

    /**
     * One session as a CalDAV calendar object resource (RFC 4791 §4.1): the same VEVENT as in
     * {@link #calendar}, with its VTIMEZONE and no calendar name (the collection has its own).
     */
    public String calendarObject(DescribedSession session) {
        return write(List.of(), List.of(session), false);
    }

    /** {@link #calendarObject(DescribedSession)} with the mentee's PARTSTAT at NEEDS-ACTION unless {@code menteeAccepted}. */
    public String calendarObject(DescribedSession session, boolean menteeAccepted) {
        return write(List.of(), List.of(session), false, menteeAccepted);
    }

    /** One session as a resource of a planning calendar: {@link #calendarObject} with every field (ADR 0018). */
    public String planningObject(DescribedSession session) {
        return write(List.of(), List.of(session), true);
    }

    private String write(List<Property> calendarProperties, List<DescribedSession> sessions) {
        return write(calendarProperties, sessions, false);
    }

    private String write(List<Property> calendarProperties, List<DescribedSession> sessions, boolean planning) {
        return write(calendarProperties, sessions, planning, true);
    }

    private String write(List<Property> calendarProperties, List<DescribedSession> sessions, boolean planning, boolean accepted) {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        Map<ZoneId, Optional<VTimeZone>> zones = new LinkedHashMap<>();
        for (DescribedSession view : sessions) {
            zones.computeIfAbsent(view.session().zone(), id -> timeZone(registry, id));
        }
        StringBuilder out = new StringBuilder(2048 + sessions.size() * 900);
        out.append("BEGIN:VCALENDAR\r\n");
        for (Property property : List.of(new ProdId(PRODUCT), ImmutableVersion.VERSION_2_0, new CalScale(CalScale.VALUE_GREGORIAN))) {
            out.append(property);
        }
        calendarProperties.forEach(out::append);
        zones.values().forEach(zone -> zone.ifPresent(out::append));
        IcsEventWriter events = new IcsEventWriter(out);
        events.menteeAccepted(accepted);
        for (DescribedSession view : sessions) {
            if (planning) {
                events.planningEvent(view, zones.get(view.session().zone()).isPresent());
            } else {
                events.event(view, zones.get(view.session().zone()).isPresent());
            }
        }
        out.append("END:VCALENDAR\r\n");
        return IcsFolding.fold(out);
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

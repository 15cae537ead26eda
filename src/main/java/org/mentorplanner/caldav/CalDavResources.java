package org.mentorplanner.caldav;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.export.IcsExporter;
import org.mentorplanner.export.SessionText;
import org.mentorplanner.service.CalendarResourceFormat;
import org.mentorplanner.service.DescribedSession;

/**
 * Sessions as resources of a team calendar: the ICS export's VEVENT (same UID, SEQUENCE =
 * revision) in a calendar object of its own, named after the UID.
 */
@Singleton
public class CalDavResources implements CalendarResourceFormat {

    private final IcsExporter ics = new IcsExporter();

    @Override
    public String fileName(MentorshipSession session) {
        // The UID without its "@mentor-planner" host part: letters, digits and dashes only. A UID
        // taken from another app's event may hold anything: other characters become dashes.
        String uid = SessionText.uid(session);
        int at = uid.indexOf('@');
        String name = (at > 0 ? uid.substring(0, at) : uid).replaceAll("[^A-Za-z0-9._-]", "-");
        return (name.isEmpty() ? "event" : name) + ".ics";
    }

    @Override
    public String calendarObject(DescribedSession session) {
        return ics.calendarObject(session);
    }

    @Override
    public String calendarObject(DescribedSession session, boolean menteeAccepted) {
        return ics.calendarObject(session, menteeAccepted);
    }

    @Override
    public boolean holdsEvent(String calendarObject, DescribedSession view) {
        Optional<Set<String>> onServer = eventProperties(calendarObject);
        return onServer.isPresent() && onServer.equals(eventProperties(ics.calendarObject(view)));
    }

    /**
     * The properties of the one VEVENT in {@code text} but DTSTAMP and SEQUENCE, as content lines (ical4j's property objects
     * do not compare equal across two parses), or empty when it does not parse or holds another
     * number of events.
     */
    private static Optional<Set<String>> eventProperties(String text) {
        try {
            List<VEvent> events = new CalendarBuilder().build(new StringReader(text)).getComponents(Component.VEVENT);
            return events.size() == 1
                    ? Optional.of(events.get(0).getProperties().stream()
                                       // When and how often a database changed the session, not what it says:
                                       // two planners writing the same session differ there (ADR 0018).
                                       .filter(p -> !Property.DTSTAMP.equals(p.getName()) && !Property.SEQUENCE.equals(p.getName()))
                                       .map(Property::toString).collect(Collectors.toSet()))
                    : Optional.empty();
        } catch (IOException | ParserException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

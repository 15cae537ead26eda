package org.mentorplanner.service.port;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.mentorplanner.domain.busy.BusyInterval;
import org.mentorplanner.service.BusySourceException;

/** Reads the busy time out of iCalendar text (RFC 5545), as the big calendar apps write it. */
public interface BusyCalendarParser {

    /**
     * The busy intervals of {@code icsText} that overlap {@code [from, to)}, recurring events
     * expanded, ordered by start. Free time (transparent or cancelled events, FREE periods)
     * is left out.
     *
     * @param floatingZone the zone of floating times and all-day events when the calendar names
     *                     none ({@code X-WR-TIMEZONE})
     * @throws BusySourceException when the text cannot be read, saying why and on which line
     */
    List<BusyInterval> parse(String icsText, Instant from, Instant to, ZoneId floatingZone);
}

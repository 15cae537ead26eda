package org.mentorplanner.domain;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The start of a session as seen at one location: "10:00 in Berlin is 09:00 in London".
 *
 * @param location the other location
 * @param start    the session's start in that location's zone
 */
public record LocalTimeAt(Location location, ZonedDateTime start) {

    /**
     * The start at every location but {@code own}, sorted by location name. Locations that
     * share {@code own}'s zone are still listed: people look for their location, not a zone.
     */
    public static List<LocalTimeAt> atOtherLocations(Instant start, Location own, Collection<Location> all) {
        return all.stream()
                .filter(location -> own == null || location.id() != own.id())
                .sorted(Comparator.comparing(Location::name, String.CASE_INSENSITIVE_ORDER))
                .map(location -> new LocalTimeAt(location, start.atZone(location.zone())))
                .toList();
    }
}

package org.mentorplanner.domain;

import java.time.ZoneId;
import java.util.Objects;

/**
 * A named place with its IANA time zone.
 *
 * @param id   store id, 0 before the location is saved
 * @param name unique name, for example "Berlin office" or "Zoom"
 * @param zone the zone session times at this location are given in
 * @param kind online room or physical place
 */
public record Location(long id, String name, ZoneId zone, LocationKind kind) {

    public Location {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(kind, "kind");
    }

    public boolean isOnline() {
        return kind == LocationKind.ONLINE;
    }
}

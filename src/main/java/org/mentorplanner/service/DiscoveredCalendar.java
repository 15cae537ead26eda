package org.mentorplanner.service;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A calendar collection found in a calendar home.
 *
 * @param url         the collection's full address, ending in {@code /}: what {@code sync caldav} takes
 * @param displayName its name as calendar apps show it, or empty when it has none
 * @param components  the components it accepts ({@code VEVENT}, {@code VTODO}, …); empty when the
 *                    server does not say, which means any (RFC 4791 §5.2.3)
 */
public record DiscoveredCalendar(URI url, String displayName, List<String> components) {

    public DiscoveredCalendar {
        Objects.requireNonNull(url, "url");
        displayName = displayName == null ? "" : displayName.strip();
        components = List.copyOf(components);
    }

    /** Whether it takes events, so sessions can go there. */
    public boolean holdsEvents() {
        return components.isEmpty() || components.contains("VEVENT");
    }
}

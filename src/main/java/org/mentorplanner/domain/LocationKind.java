package org.mentorplanner.domain;

import java.util.Locale;

/** Whether a location is a physical place or an online room. */
public enum LocationKind {
    ONLINE,
    IN_PERSON;

    /** Parses "online" or "in-person" (also "in_person", "in person", "inperson"), ignoring case. */
    public static LocationKind parse(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return switch (key) {
            case "online" -> ONLINE;
            case "in-person", "inperson" -> IN_PERSON;
            default -> throw new InvalidInputException(
                    "Unknown location kind '" + text.strip() + "': use online or in-person.");
        };
    }

    /** "online" or "in-person". */
    public String label() {
        return this == ONLINE ? "online" : "in-person";
    }
}

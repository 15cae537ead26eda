package org.mentorplanner.domain;

import java.util.Locale;

/** What a person may do in the programme. A person can hold several roles. */
public enum Role {
    /** Offers sessions and schedules for themself. */
    MENTOR,
    /** Books sessions. */
    MENTEE,
    /** Administers the programme and may schedule for any mentor. */
    COORDINATOR;

    /** Parses a role name case-insensitively ("mentor", "Coordinator"); also accepts "admin". */
    public static Role parse(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT);
        if (name.equals("ADMIN")) {
            return COORDINATOR;
        }
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        throw new InvalidInputException("Unknown role '" + text.strip() + "': use mentor, mentee or coordinator.");
    }
}

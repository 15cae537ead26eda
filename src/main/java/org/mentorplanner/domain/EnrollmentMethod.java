package org.mentorplanner.domain;

import java.util.Locale;

/** How a mentee attends a session. */
public enum EnrollmentMethod {
    ONLINE("Online"),
    IN_PERSON("In-person"),
    /** The mentee chooses online or in person. */
    BOTH("Both");

    private final String label;

    EnrollmentMethod(String label) {
        this.label = label;
    }

    /** Human label: "Online", "In-person", "Both". */
    public String label() {
        return label;
    }

    /** Whether sessions of this method need a meeting URL. */
    public boolean needsMeetingUrl() {
        return this != IN_PERSON;
    }

    /** Parses "online", "in-person" (also "in_person", "in person", "inperson") or "both", ignoring case. */
    public static EnrollmentMethod parse(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return switch (key) {
            case "online" -> ONLINE;
            case "in-person", "inperson" -> IN_PERSON;
            case "both" -> BOTH;
            default -> throw new InvalidInputException(
                    "Unknown enrollment method '" + text.strip() + "': use online, in-person or both.");
        };
    }

    @Override
    public String toString() {
        return label;
    }
}

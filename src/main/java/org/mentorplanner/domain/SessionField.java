package org.mentorplanner.domain;

/** The fields of the session editor; validation problems name one of these. */
public enum SessionField {
    MENTOR("Mentor"),
    MENTEE("Mentee"),
    LOCATION("Location"),
    START("Start"),
    DURATION("Duration"),
    METHOD("Enrollment method"),
    MEETING_URL("Meeting URL"),
    PLACE("Place"),
    GROUPS("Groups"),
    TITLE("Title"),
    NOTES("Notes");

    private final String label;

    SessionField(String label) {
        this.label = label;
    }

    /** The label the editor shows for this field. */
    public String label() {
        return label;
    }
}

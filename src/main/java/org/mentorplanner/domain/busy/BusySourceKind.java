package org.mentorplanner.domain.busy;

/** Where a busy source's calendar comes from. */
public enum BusySourceKind {
    /** An ICS subscription address (Google's and Outlook's "secret address"), read over http(s). */
    ICS_URL("ICS address"),
    /** An {@code .ics} file on this computer. */
    ICS_FILE("ICS file"),
    /** A calendar collection on a CalDAV server. */
    CALDAV("CalDAV calendar");

    private final String label;

    BusySourceKind(String label) {
        this.label = label;
    }

    /** Words for the user, such as "ICS address". */
    public String label() {
        return label;
    }
}

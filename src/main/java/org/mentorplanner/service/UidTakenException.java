package org.mentorplanner.service;

/** The server refused a new event because another resource of the collection holds its UID. */
public class UidTakenException extends CalendarServerException {

    private static final long serialVersionUID = 1L;

    private final String holder;

    public UidTakenException(String holder) {
        super("Another event on the server (" + holder + ") already has this event's UID.");
        this.holder = holder;
    }

    /** The href of the resource that holds the UID (a path, percent-decoded). */
    public String holder() {
        return holder;
    }
}

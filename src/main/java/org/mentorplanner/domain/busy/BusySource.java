package org.mentorplanner.domain.busy;

import java.util.Objects;

/**
 * One of a mentor's other calendars, whose busy times the planner respects. It is read-only and
 * stays on this computer: nothing exports or syncs it.
 *
 * @param id         the stored id; 0 before it is stored
 * @param mentorId   whose calendar it is
 * @param kind       where it comes from
 * @param address    the URL (ICS address, CalDAV collection) or the file's path
 * @param user       the CalDAV user name; empty for the other kinds
 * @param showTitles whether the grid and the warnings show the events' titles (else "Busy")
 * @param copy       the state of the local copy
 */
public record BusySource(long id, long mentorId, BusySourceKind kind, String address, String user,
                         boolean showTitles, BusyCopy copy) {

    /** What the planner shows instead of a title when titles are hidden. */
    public static final String HIDDEN_TITLE = "Busy";

    public BusySource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(address, "address");
        user = user == null ? "" : user;
        copy = copy == null ? BusyCopy.none() : copy;
    }

    /** A new source, never read. */
    public static BusySource of(long mentorId, BusySourceKind kind, String address, String user) {
        return new BusySource(0, mentorId, kind, address, user, false, BusyCopy.none());
    }

    /** The title to show for an event of this source: its own when titles are shown, else "Busy". */
    public String shownTitle(String title) {
        return showTitles && title != null && !title.isBlank() ? title : HIDDEN_TITLE;
    }

    /** Short words for the user: "ICS address https://…", "ICS file /home/…/work.ics". */
    public String describe() {
        return kind.label() + " " + address + (user.isEmpty() ? "" : " (" + user + ")");
    }

    public BusySource withId(long newId) {
        return new BusySource(newId, mentorId, kind, address, user, showTitles, copy);
    }

    public BusySource withCopy(BusyCopy newCopy) {
        return new BusySource(id, mentorId, kind, address, user, showTitles, newCopy);
    }

    public BusySource withShowTitles(boolean show) {
        return new BusySource(id, mentorId, kind, address, user, show, copy);
    }
}

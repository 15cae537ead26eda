package org.mentorplanner.ui.calendar;

import com.calendarfx.model.Entry;
import com.calendarfx.model.Interval;
import java.time.ZoneId;
import java.util.List;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.ui.editor.EditorChoices;

/** How a session looks on the grid: title, time in the grid's zone, location and status style. */
final class SessionEntries {

    static final String DRAFT = "session-draft";
    static final String PUBLISHED = "session-published";
    static final String BOOKED = "session-booked";
    static final String CANCELLED = "session-cancelled";
    /**
     * Beside the state class: the session has an open sync conflict with the planning calendar
     * (a red corner on the block, and {@link #CONFLICT_MARK} before its title, which screen readers read).
     */
    static final String CONFLICT = "session-conflict";
    /** Starts the title of a block in conflict. */
    static final String CONFLICT_MARK = "⚠ ";
    private static final List<String> ALL = List.of(DRAFT, PUBLISHED, BOOKED, CANCELLED);

    private SessionEntries() {
    }

    /** The style class that tells the session's state at a glance. */
    static String styleClass(MentorshipSession session) {
        if (session.status() == SessionStatus.CANCELLED) {
            return CANCELLED;
        }
        if (session.isBooked()) {
            return BOOKED;
        }
        return session.isPublished() ? PUBLISHED : DRAFT;
    }

    /** Writes {@code session} into {@code entry}; the entry's interval is in {@code gridZone}. */
    static void fill(Entry<Long> entry, MentorshipSession session, EditorChoices names, ZoneId gridZone) {
        fill(entry, session, names, gridZone, false);
    }

    /** Writes {@code session} into {@code entry}, marked when it has a sync {@code conflict}. */
    static void fill(Entry<Long> entry, MentorshipSession session, EditorChoices names, ZoneId gridZone, boolean conflict) {
        entry.setUserObject(session.id());
        String title = session.displayTitle();
        if (session.details().hasMentee()) {
            String mentee = names.mentee(session.details().menteeId()).map(p -> p.name()).orElse("a mentee");
            title = title + " · " + mentee;
        }
        entry.setTitle(conflict ? CONFLICT_MARK + title : title);
        entry.getProperties().put(BlockDescriptions.KEY, BlockDescriptions.describe(session, names, gridZone));
        entry.setLocation(names.location(session.details().locationId()).map(l -> l.name()).orElse(null));
        entry.setInterval(new Interval(session.start().withZoneSameInstant(gridZone).toLocalDateTime(),
                session.end().withZoneSameInstant(gridZone).toLocalDateTime(), gridZone));
        String style = styleClass(session);
        entry.getStyleClass().removeIf(c -> ALL.contains(c) && !c.equals(style));
        if (!entry.getStyleClass().contains(style)) {
            entry.getStyleClass().add(style);
        }
        if (!conflict) {
            entry.getStyleClass().remove(CONFLICT);
        } else if (!entry.getStyleClass().contains(CONFLICT)) {
            entry.getStyleClass().add(CONFLICT);
        }
    }

    /** Whether {@code styleClass} is one of the state classes above. */
    static boolean isStateClass(String styleClass) {
        return ALL.contains(styleClass);
    }

    /** The session id an entry carries, or {@code null} for a block not saved yet. */
    static Long sessionId(Entry<?> entry) {
        return entry.getUserObject() instanceof Long id ? id : null;
    }
}

package org.mentorplanner.ui.calendar;

import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.mentorplanner.domain.MentorshipSession;

/** The commands on one session, as the context menu and the "⋯" button offer them. */
interface SessionActions {

    void edit(MentorshipSession session);

    void duplicate(MentorshipSession session);

    /** Whether "Bulk duplicate…" has an engine behind it. */
    boolean canBulkDuplicate();

    void bulkDuplicate(MentorshipSession session);

    void publish(MentorshipSession session);

    void unpublish(MentorshipSession session);

    void copyBookingLink(MentorshipSession session);

    /** Replaces a published session's booking link (one that leaked); the old link stops working. */
    void regenerateLink(MentorshipSession session);

    void cancel(MentorshipSession session);

    void delete(MentorshipSession session);

    /** Menu items for {@code session}; those that do not apply are disabled, not hidden. */
    static List<MenuItem> menuItems(MentorshipSession session, boolean mayChange, SessionActions actions) {
        boolean changeable = mayChange && !session.isCancelled();
        MenuItem edit = item(session.isCancelled() ? "View…" : "Edit…", "Shortcut+E", true, () -> actions.edit(session));
        MenuItem duplicate = item("Duplicate", "Shortcut+D", mayChange, () -> actions.duplicate(session));
        MenuItem bulk = item("Bulk duplicate…", null, mayChange && actions.canBulkDuplicate(),
                () -> actions.bulkDuplicate(session));
        MenuItem publish = session.isPublished()
                ? item("Unpublish", null, changeable && !session.isBooked(), () -> actions.unpublish(session))
                : item("Publish", null, changeable, () -> actions.publish(session));
        MenuItem link = item("Copy booking link", null, session.isPublished(), () -> actions.copyBookingLink(session));
        MenuItem regenerate = item("Regenerate link…", null, changeable && session.isPublished(),
                () -> actions.regenerateLink(session));
        MenuItem cancel = item("Cancel session…", null, changeable, () -> actions.cancel(session));
        MenuItem delete = item("Delete", "Delete", changeable && session.isDraft(), () -> actions.delete(session));
        return List.of(edit, duplicate, bulk, new SeparatorMenuItem(), publish, link, regenerate, new SeparatorMenuItem(), cancel, delete);
    }

    private static MenuItem item(String text, String shortcut, boolean enabled, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setDisable(!enabled);
        item.setOnAction(e -> action.run());
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        return item;
    }
}

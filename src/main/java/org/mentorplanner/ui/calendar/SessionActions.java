package org.mentorplanner.ui.calendar;

import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.ui.AppIcon;

/** The commands on one session, as the context menu and the "⋯" button offer them. */
interface SessionActions {

    void edit(MentorshipSession session);

    void duplicate(MentorshipSession session);

    /** Bulk duplicate: {@code session} and the other selected blocks, when it is one of them. */
    void bulkDuplicate(MentorshipSession session);

    /** Cancels the sessions of {@code session}'s series from its date on. */
    void cancelRestOfSeries(MentorshipSession session);

    /** Moves the sessions of {@code session}'s series from its date on to a new start time. */
    void changeSeriesTime(MentorshipSession session);

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
        MenuItem edit = item(AppIcon.EDIT, session.isCancelled() ? "_View…" : "_Edit…", PlannerShortcut.EDIT, true, () -> actions.edit(session));
        MenuItem duplicate = item(AppIcon.DUPLICATE, "_Duplicate", PlannerShortcut.DUPLICATE, mayChange, () -> actions.duplicate(session));
        MenuItem bulk = item(AppIcon.BULK_DUPLICATE, "_Bulk duplicate…", PlannerShortcut.BULK_DUPLICATE, mayChange, () -> actions.bulkDuplicate(session));
        boolean inSeries = changeable && session.seriesId() != null;
        MenuItem cancelSeries = item(AppIcon.SERIES_CANCEL, "Cancel the rest of the se_ries from here…", null, inSeries,
                () -> actions.cancelRestOfSeries(session));
        MenuItem seriesTime = item(AppIcon.SERIES_TIME, "C_hange time for the rest of the series…", null, inSeries,
                () -> actions.changeSeriesTime(session));
        MenuItem publish = session.isPublished()
                ? item(AppIcon.UNPUBLISH, "_Unpublish", null, changeable && !session.isBooked(), () -> actions.unpublish(session))
                : item(AppIcon.PUBLISH, "_Publish", null, changeable, () -> actions.publish(session));
        MenuItem link = item(AppIcon.LINK, "Copy booking _link", null, session.isPublished(), () -> actions.copyBookingLink(session));
        MenuItem regenerate = item(AppIcon.REGENERATE, "Re_generate link…", null, changeable && session.isPublished(),
                () -> actions.regenerateLink(session));
        MenuItem cancel = item(AppIcon.CANCEL, "_Cancel session…", null, changeable, () -> actions.cancel(session));
        MenuItem delete = item(AppIcon.DELETE, "Dele_te", PlannerShortcut.DELETE, changeable && session.isDraft(), () -> actions.delete(session));
        return List.of(edit, duplicate, bulk, new SeparatorMenuItem(), publish, link, regenerate, new SeparatorMenuItem(),
                cancel, delete, new SeparatorMenuItem(), seriesTime, cancelSeries);
    }

    private static MenuItem item(AppIcon icon, String text, PlannerShortcut shortcut, boolean enabled, Runnable action) {
        MenuItem item = icon.on(new MenuItem(text));
        item.setDisable(!enabled);
        item.setOnAction(e -> action.run());
        if (shortcut != null) {
            item.setAccelerator(shortcut.keys());
        }
        return item;
    }
}

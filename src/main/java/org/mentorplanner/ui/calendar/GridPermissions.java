package org.mentorplanner.ui.calendar;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.Entry;
import com.calendarfx.view.DateControl;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.ui.editor.EditorChoices;

/**
 * What the user may do on the grid: which sessions they may change, which blocks CalendarFX
 * lets them drag or resize, and which calendar a new block goes into.
 */
final class GridPermissions {

    private final PlannerView view;
    private final SessionGrid grid;
    /** The directory as last read, {@code null} until the window has opened. */
    private final Supplier<EditorChoices> choices;

    GridPermissions(PlannerView view, SessionGrid grid, Supplier<EditorChoices> choices) {
        this.view = view;
        this.grid = grid;
        this.choices = choices;
    }

    /** Whether I may schedule for {@code session}'s mentor. */
    boolean mayChange(MentorshipSession session) {
        EditorChoices current = choices.get();
        return current != null && current.mentor(session.mentorId()).map(current.actor()::mayScheduleFor).orElse(false);
    }

    /** Whether CalendarFX may let the user do {@code operation} on {@code entry}. */
    boolean mayEdit(Entry<?> entry, DateControl.EditOperation operation) {
        if (BusyBands.isBand(entry) || MonthDigest.isCount(entry)) {
            return false; // busy time from a mentor's own calendar, and a crowded month's counts, are read-only
        }
        if (operation == DateControl.EditOperation.DELETE) {
            return false; // Deleting goes through our own command, so it can be undone and checked.
        }
        if (SessionEntries.sessionId(entry) == null) {
            return true;
        }
        return grid.sessionOf(entry).filter(s -> !s.isCancelled() && mayChange(s)).isPresent();
    }

    /** The calendar a new block goes into when none was picked: mine, else the first shown, else the first. */
    Calendar<?> defaultCalendar() {
        EditorChoices current = choices.get();
        Optional<Person> me = current == null ? Optional.empty() : current.actor().person();
        if (me.isPresent() && grid.calendarOf(me.get().id()).isPresent()) {
            return grid.calendarOf(me.get().id()).get();
        }
        Collection<Calendar<Long>> all = grid.calendars().values();
        return all.stream().filter(view.week::isCalendarVisible).findFirst().orElse(all.stream().findFirst().orElse(null));
    }
}

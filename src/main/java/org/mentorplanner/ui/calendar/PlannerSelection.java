package org.mentorplanner.ui.calendar;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.ui.editor.EditorChoices;

/**
 * What the user has picked on the grid: the selected blocks and the sessions behind them, and
 * which mentors' calendars are shown (all, the first few, or only mine).
 */
final class PlannerSelection {

    private final PlannerView view;
    private final SessionGrid grid;
    /** The directory as last read, {@code null} until the window has opened. */
    private final Supplier<EditorChoices> choices;

    PlannerSelection(PlannerView view, SessionGrid grid, Supplier<EditorChoices> choices) {
        this.view = view;
        this.grid = grid;
        this.choices = choices;
    }

    /** The stored sessions behind the selected blocks (Ctrl- or Shift-click adds to the selection). */
    List<MentorshipSession> sessions() {
        return view.week.getSelections().stream().map(SessionEntries::sessionId)
                        .filter(Objects::nonNull).map(grid::session)
                        .flatMap(Optional::stream).toList();
    }

    /** The first selected session, if any. */
    Optional<MentorshipSession> first() {
        return sessions().stream().findFirst();
    }

    /** The ids of the selected sessions (to select their blocks again after they were made anew). */
    Set<Long> ids() {
        return view.week.getSelections().stream().map(SessionEntries::sessionId)
                        .filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** Selects the blocks of {@code ids} that the grid holds. */
    void select(Set<Long> ids) {
        ids.forEach(id -> grid.entryOf(id).ifPresent(view.week::select));
    }

    /** The mentors whose calendars are shown, by id. */
    Set<Long> shownMentorIds() {
        Set<Long> shown = new LinkedHashSet<>();
        grid.calendars().forEach((mentorId, calendar) -> {
            if (view.week.isCalendarVisible(calendar)) {
                shown.add(mentorId);
            }
        });
        return shown;
    }

    /** Shows every mentor's calendar. */
    void showAll() {
        grid.calendars().values().forEach(c -> view.setCalendarShown(c, true));
    }

    /** Shows only my own calendar. */
    void showOnlyMine() {
        choices.get().actor().person().ifPresent(me ->
                grid.calendars().forEach((mentorId, calendar) -> view.setCalendarShown(calendar, mentorId == me.id())));
    }

    /**
     * Shows the calendars of {@code mentorIds} and hides the others ({@link FirstMentorView});
     * "Only me" is offered to a mentor.
     */
    void show(Set<Long> mentorIds) {
        grid.calendars().forEach((mentorId, calendar) -> view.setCalendarShown(calendar, mentorIds.contains(mentorId)));
        Optional<Person> me = choices.get().actor().person();
        view.showMine.setDisable(me.isEmpty() || !me.get().isMentor());
    }
}

package org.mentorplanner.ui.calendar;

import com.calendarfx.model.Calendar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentorplanner.domain.Person;
import org.mentorplanner.ui.editor.EditorChoices;

/**
 * Which mentors the planner shows when it opens (ADR 0036). Up to {@link #LIMIT} mentors all
 * show; a larger programme opens on the acting mentor alone, or, for a coordinator or the owner,
 * on the first {@link #LIMIT} mentors of the list: a week of 200 mentors side by side holds
 * thousands of blocks, too many to paint quickly or to read. The mentor list still holds every
 * mentor, so the others are one tick away.
 */
final class FirstMentorView {

    /** The most mentors shown side by side when the planner opens. */
    static final int LIMIT = 12;

    private FirstMentorView() {
    }

    /** The ids of the mentors to show first, from {@code mentorIds} in list order. */
    static Set<Long> shown(List<Long> mentorIds, Optional<Long> actingMentor) {
        if (mentorIds.size() <= LIMIT) {
            return new LinkedHashSet<>(mentorIds);
        }
        if (actingMentor.isPresent() && mentorIds.contains(actingMentor.get())) {
            return Set.of(actingMentor.get());
        }
        return new LinkedHashSet<>(mentorIds.subList(0, LIMIT));
    }

    /** Shows the first view's mentors and hides the others, before the views build their blocks. */
    static void apply(PlannerView view, Map<Long, Calendar<Long>> calendars, EditorChoices choices) {
        Optional<Long> me = choices.actor().actsForEveryone() ? Optional.empty()
                : choices.actor().person().filter(Person::isMentor).map(Person::id);
        Set<Long> shown = shown(List.copyOf(calendars.keySet()), me);
        calendars.forEach((mentorId, calendar) -> view.setCalendarShown(calendar, shown.contains(mentorId)));
    }
}

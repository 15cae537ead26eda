package org.mentorplanner.ui.calendar;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mentorplanner.domain.Person;
import org.mentorplanner.ui.editor.EditorChoices;

/**
 * Which mentors the planner shows when it opens (ADR 0036, 0039): the mentors the user last
 * chose on this file, those of them still in the list; without such a choice, a mentor acting
 * for themself sees their own calendar, anyone else every mentor of a small programme or the
 * first {@link #LIMIT} of a larger one: a week of 200 mentors side by side holds thousands of
 * blocks, too many to paint quickly or to read. The mentor list still holds every mentor, so the
 * others are one tick away. Only the mentors shown have their sessions in memory (ADR 0039).
 */
final class FirstMentorView {

    /** The most mentors shown side by side when the planner opens without a remembered choice. */
    static final int LIMIT = 12;

    private FirstMentorView() {
    }

    /**
     * The ids of the mentors to show first, from {@code mentorIds} in list order:
     * {@code remembered} (the last choice on this file) where any of it is still a mentor,
     * else the rule above.
     */
    static Set<Long> shown(List<Long> mentorIds, Optional<Long> actingMentor, Optional<Set<Long>> remembered) {
        if (remembered.isPresent()) {
            Set<Long> still = new LinkedHashSet<>();
            mentorIds.stream().filter(remembered.get()::contains).forEach(still::add);
            if (!still.isEmpty()) {
                return still;
            }
        }
        if (actingMentor.isPresent() && mentorIds.contains(actingMentor.get())) {
            return Set.of(actingMentor.get());
        }
        if (mentorIds.size() <= LIMIT) {
            return new LinkedHashSet<>(mentorIds);
        }
        return new LinkedHashSet<>(mentorIds.subList(0, LIMIT));
    }

    /** The mentor the user is when they act for themself only (not as coordinator or owner). */
    static Optional<Long> actingMentor(EditorChoices choices) {
        return choices.actor().actsForEveryone() ? Optional.empty()
                : choices.actor().person().filter(Person::isMentor).map(Person::id);
    }
}

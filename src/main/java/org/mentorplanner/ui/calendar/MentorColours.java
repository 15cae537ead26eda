package org.mentorplanner.ui.calendar;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives each mentor one of the planner's colours ({@code style1} to {@code style10}, see
 * planner.css), the same for life: it follows from the mentor's id, never from their place in a
 * list, so importing people does not recolour anyone. Mentors are served in the order of their
 * ids, each taking the colour their id points at or, when an earlier mentor has it, the next one
 * still free; ids only grow, so a new mentor never takes an existing mentor's colour. Up to
 * {@value #COLOURS} mentors thus all differ; beyond that colours repeat.
 */
final class MentorColours {

    /** How many colours planner.css defines, chosen so that no two are near-identical. */
    static final int COLOURS = 10;

    private MentorColours() {
    }

    /** The style name (such as {@code "style3"}) of every mentor, by id. */
    static Map<Long, String> assign(Collection<Long> mentorIds) {
        List<Long> ids = mentorIds.stream().distinct().sorted().toList();
        Map<Long, String> styles = new HashMap<>();
        Set<Integer> taken = new LinkedHashSet<>();
        for (long id : ids) {
            int wanted = Math.floorMod(id - 1, COLOURS);
            int colour = wanted;
            if (taken.size() < COLOURS) {
                while (taken.contains(colour)) {
                    colour = (colour + 1) % COLOURS;
                }
            }
            taken.add(colour);
            styles.put(id, "style" + (colour + 1));
        }
        return styles;
    }
}

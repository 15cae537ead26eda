package org.mentorplanner.ui.calendar;

import java.util.List;
import org.mentorplanner.domain.Person;
import org.mentorplanner.ui.editor.EditorChoices;

/**
 * What another program's change to the directory (people, places, groups, who "I" am) means
 * for the open planner: nothing, new choices for the editor and the side panels, or also
 * other mentor columns on the grid.
 */
enum DirectoryChange {
    /** The directory reads as before. */
    NONE,
    /** Mentees, places, groups or the actor changed: the editor, My Sessions and the zone list take the new choices. */
    CHOICES,
    /** A mentor came, went or was renamed: the grid's mentor columns and the mentor list are made again too. */
    MENTORS;

    /** How {@code after} differs from {@code before}. */
    static DirectoryChange between(EditorChoices before, EditorChoices after) {
        if (!mentorColumns(before.mentors()).equals(mentorColumns(after.mentors()))) {
            return MENTORS;
        }
        boolean same = before.mentors().equals(after.mentors()) && before.mentees().equals(after.mentees())
                && before.locations().equals(after.locations()) && before.groups().equals(after.groups())
                && before.actor().person().equals(after.actor().person());
        return same ? NONE : CHOICES;
    }

    /** What the grid shows of the mentors: their ids and names, in order. */
    private static List<String> mentorColumns(List<Person> mentors) {
        return mentors.stream().map(mentor -> mentor.id() + "\u0000" + mentor.name()).toList();
    }
}

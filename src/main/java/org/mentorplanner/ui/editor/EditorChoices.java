package org.mentorplanner.ui.editor;

import java.util.List;
import java.util.Optional;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.Group;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.Person;

/**
 * What the editor offers to choose from, loaded once from the directory.
 *
 * @param actor     who edits: decides which mentors may be chosen
 * @param mentors   every mentor
 * @param mentees   every mentee
 * @param locations every location
 * @param groups    every group
 */
public record EditorChoices(Actor actor, List<Person> mentors, List<Person> mentees, List<Location> locations,
                            List<Group> groups) {

    public EditorChoices {
        mentors = List.copyOf(mentors);
        mentees = List.copyOf(mentees);
        locations = List.copyOf(locations);
        groups = List.copyOf(groups);
    }

    /** The mentors the actor may schedule for: all of them for a coordinator, else only themself. */
    public List<Person> schedulableMentors() {
        return mentors.stream().filter(actor::mayScheduleFor).toList();
    }

    public Optional<Person> mentor(long id) {
        return mentors.stream().filter(p -> p.id() == id).findFirst();
    }

    public Optional<Person> mentee(Long id) {
        return id == null ? Optional.empty() : mentees.stream().filter(p -> p.id() == id).findFirst();
    }

    public Optional<Location> location(long id) {
        return locations.stream().filter(l -> l.id() == id).findFirst();
    }
}

package org.mentorplanner.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is acting: the workspace owner (every right) or a named person whose roles apply.
 * A mentor may only schedule for themself; a coordinator may schedule for any mentor.
 */
public final class Actor {

    private static final Actor OWNER = new Actor(null);

    private final Person person;

    private Actor(Person person) {
        this.person = person;
    }

    /** The workspace owner: may do everything. */
    public static Actor owner() {
        return OWNER;
    }

    /** A named person acting with their own roles. */
    public static Actor of(Person person) {
        return new Actor(Objects.requireNonNull(person, "person"));
    }

    public Optional<Person> person() {
        return Optional.ofNullable(person);
    }

    public boolean isOwner() {
        return person == null;
    }

    /** Owner or coordinator: may act for any mentor. */
    public boolean actsForEveryone() {
        return person == null || person.isCoordinator();
    }

    /** Whether this actor may create or change sessions of {@code mentor}. */
    public boolean mayScheduleFor(Person mentor) {
        return actsForEveryone() || (person.isMentor() && person.id() == mentor.id());
    }

    @Override
    public String toString() {
        return person == null ? "workspace owner" : person.email();
    }
}

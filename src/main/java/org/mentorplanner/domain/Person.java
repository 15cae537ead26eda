package org.mentorplanner.domain;

import java.util.Objects;
import java.util.Set;

/**
 * Someone in the programme.
 *
 * @param id    store id, 0 before the person is saved
 * @param email unique, compared case-insensitively
 * @param name  display name
 * @param roles what the person may do
 */
public record Person(long id, String email, String name, Set<Role> roles) {

    public Person {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
    }

    public boolean isMentor() {
        return roles.contains(Role.MENTOR);
    }

    public boolean isMentee() {
        return roles.contains(Role.MENTEE);
    }

    public boolean isCoordinator() {
        return roles.contains(Role.COORDINATOR);
    }

    /** "Ada Lovelace &lt;ada@example.org&gt;". */
    public String displayName() {
        return name + " <" + email + ">";
    }
}

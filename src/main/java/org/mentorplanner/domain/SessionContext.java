package org.mentorplanner.domain;

import java.util.Set;

/**
 * What the rules need to know besides the edited fields: who acts, and the people, location
 * and groups the fields refer to ({@code null} where the reference points at nothing).
 *
 * @param actor          who makes the change
 * @param mentor         the person named by {@code mentorId}, or {@code null} if there is none
 * @param mentee         the person named by {@code menteeId}, or {@code null}
 * @param location       the location named by {@code locationId}, or {@code null}
 * @param knownGroupIds  ids of all existing groups
 */
public record SessionContext(Actor actor, Person mentor, Person mentee, Location location, Set<Long> knownGroupIds) {

    public SessionContext {
        knownGroupIds = Set.copyOf(knownGroupIds);
    }
}

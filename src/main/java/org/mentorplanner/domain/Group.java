package org.mentorplanner.domain;

/** A named group of people; sessions can be restricted to groups. */
public record Group(long id, String name) {
}

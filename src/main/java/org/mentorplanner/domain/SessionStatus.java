package org.mentorplanner.domain;

/** Life cycle of a session. Only published sessions get booking links. */
public enum SessionStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED
}

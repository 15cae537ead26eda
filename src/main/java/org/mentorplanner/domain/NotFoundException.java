package org.mentorplanner.domain;

/** A referenced thing (person, location, group, session) does not exist. */
public class NotFoundException extends InvalidInputException {

    public NotFoundException(String message) {
        super(message);
    }
}

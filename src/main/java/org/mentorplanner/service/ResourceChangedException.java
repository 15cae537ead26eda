package org.mentorplanner.service;

/**
 * A conditional request was refused (HTTP 412): the resource changed on the server since we
 * last saw it, or appeared there although we expected none. Not a failure of the sync as a
 * whole: the resource is left as the server has it and reported as a conflict.
 */
public class ResourceChangedException extends CalendarServerException {

    public ResourceChangedException(String message) {
        super(message);
    }
}

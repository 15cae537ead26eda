package org.mentorplanner.service;

/**
 * A busy source could not be read: the server is out of reach, the file is missing or too big,
 * the calendar text is broken. The message is for the user: what went wrong (with the line, when
 * there is one) and what to do. The last good copy of the source stays.
 */
public class BusySourceException extends RuntimeException {

    public BusySourceException(String message) {
        super(message);
    }

    public BusySourceException(String message, Throwable cause) {
        super(message, cause);
    }
}

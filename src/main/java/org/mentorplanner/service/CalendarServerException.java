package org.mentorplanner.service;

/**
 * The calendar server could not be used: unreachable, wrong credentials, no such calendar,
 * or a failure on its side. The message says what happened and what to do, in words for the
 * person syncing; nothing is wrong with the local data, which keeps working offline.
 */
public class CalendarServerException extends RuntimeException {

    public CalendarServerException(String message) {
        super(message);
    }

    public CalendarServerException(String message, Throwable cause) {
        super(message, cause);
    }
}

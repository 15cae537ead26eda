package org.mentorplanner.service.port;

/**
 * The store could not do its work (file locked, disk full, file damaged). The message says
 * what happened in words a person understands; nothing of the failed transaction was written.
 */
public class StorageException extends RuntimeException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}

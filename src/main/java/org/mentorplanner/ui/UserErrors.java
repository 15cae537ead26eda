package org.mentorplanner.ui;

import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.service.CalendarServerException;
import org.mentorplanner.service.port.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a failure into words for the user; unexpected failures are logged with their trace. */
public final class UserErrors {

    private static final Logger LOG = LoggerFactory.getLogger(UserErrors.class);

    private UserErrors() {
    }

    /** The message to show for {@code failure}. */
    public static String describe(Throwable failure) {
        if (failure instanceof InvalidInputException || failure instanceof StorageException
                || failure instanceof CalendarServerException) {
            return failure.getMessage();
        }
        LOG.error("Unexpected failure", failure);
        return "Something unexpected went wrong (" + failure.getClass().getSimpleName()
               + "). Nothing was lost; details are in the log.";
    }

    /** Whether the store itself failed (locked file, disk full), as opposed to bad input. */
    public static boolean isStorageFailure(Throwable failure) {
        return failure instanceof StorageException;
    }
}

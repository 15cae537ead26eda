package org.mentorplanner.service.port;

import org.mentorplanner.domain.busy.BusySource;
import org.mentorplanner.service.BusySourceException;

/** Reads a busy source's calendar from where it lives: an ICS address, a file, a CalDAV collection. */
public interface BusyFeedReader {

    /** Most bytes one source may have: a larger calendar is refused, not half read. */
    long MAX_BYTES = 10L * 1024 * 1024;

    /**
     * Reads {@code source}, conditionally on what its copy recorded (ETag, Last-Modified,
     * fingerprint).
     *
     * @param password the CalDAV password, or empty; never stored
     * @throws BusySourceException when it cannot be read, with a message for the user
     */
    BusyFeed read(BusySource source, String password);
}

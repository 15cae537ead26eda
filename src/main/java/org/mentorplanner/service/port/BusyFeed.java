package org.mentorplanner.service.port;

import java.util.List;

/**
 * What reading a busy source gave: either "unchanged since the last good read" (a 304, the same
 * file, the same CalDAV ETags) or the calendar texts with the validators for the next read.
 *
 * @param unchanged    true when the source has not changed: the texts are empty
 * @param texts        the iCalendar texts (one for a URL or file, one per resource of a CalDAV collection)
 * @param etag         the server's ETag, if it sent one
 * @param lastModified the server's Last-Modified, if it sent one
 * @param fingerprint  a digest of what was read, to tell an unchanged file or collection next time
 */
public record BusyFeed(boolean unchanged, List<String> texts, String etag, String lastModified, String fingerprint) {

    public BusyFeed {
        texts = List.copyOf(texts);
    }

    /** The source has not changed since the last good read. */
    public static BusyFeed notModified() {
        return new BusyFeed(true, List.of(), null, null, null);
    }
}

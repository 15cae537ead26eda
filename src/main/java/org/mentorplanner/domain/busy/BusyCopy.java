package org.mentorplanner.domain.busy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What is known about a source's local copy: when it was last known current, what the server
 * said for the next conditional request, and why the last refresh failed, if it did. A failed
 * refresh keeps the last good copy: only {@code checkedAt} and {@code problem} change.
 *
 * @param fetchedAt    when the copy was last known current (read, or confirmed unchanged); null before the first good read
 * @param checkedAt    when a refresh was last tried; null before the first
 * @param etag         the server's ETag of the last good read, for {@code If-None-Match}
 * @param lastModified the server's Last-Modified of the last good read, for {@code If-Modified-Since}
 * @param fingerprint  a digest of the last good input (a file's bytes, a CalDAV listing's ETags)
 * @param problem      why the last refresh failed (with the line, when there is one); null when it worked
 * @param intervals    how many intervals the copy holds
 */
public record BusyCopy(Instant fetchedAt, Instant checkedAt, String etag, String lastModified, String fingerprint,
                       String problem, int intervals) {

    /** A source that has never been read. */
    public static BusyCopy none() {
        return new BusyCopy(null, null, null, null, null, null, 0);
    }

    /** Whether a good copy exists (it may be empty: a calendar with nothing busy). */
    public boolean hasCopy() {
        return fetchedAt != null;
    }

    /** How old the copy is at {@code now}, if there is one. */
    public Optional<Duration> age(Instant now) {
        return fetchedAt == null ? Optional.empty() : Optional.of(Duration.between(fetchedAt, now).isNegative()
                ? Duration.ZERO : Duration.between(fetchedAt, now));
    }

    /** The same copy after a failed refresh at {@code when}: the last good data stays. */
    public BusyCopy failed(Instant when, String why) {
        return new BusyCopy(fetchedAt, when, etag, lastModified, fingerprint, why, intervals);
    }

    /** The same copy confirmed current at {@code when} (a 304, an unchanged file). */
    public BusyCopy confirmed(Instant when) {
        return new BusyCopy(when, when, etag, lastModified, fingerprint, null, intervals);
    }

    /** "1 busy time", "12 busy times". */
    public static String count(int intervals) {
        return intervals + (intervals == 1 ? " busy time" : " busy times");
    }

    /** Words for the user: "3 min old", "2 h old", "never read". */
    public String describeAge(Instant now) {
        return age(now).map(BusyCopy::words).orElse("never read");
    }

    private static String words(Duration age) {
        long minutes = age.toMinutes();
        if (minutes < 1) {
            return "just now";
        }
        if (minutes < 60) {
            return minutes + " min old";
        }
        if (minutes < 48 * 60) {
            return age.toHours() + " h old";
        }
        return age.toDays() + " days old";
    }
}

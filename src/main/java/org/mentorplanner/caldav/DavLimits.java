package org.mentorplanner.caldav;

import java.time.Duration;
import java.util.Objects;

/**
 * What the CalDAV client puts up with from a server: how big an answer may be, and how often and
 * how long it waits when the server says it is busy (429, 503 with {@code Retry-After}).
 *
 * @param maxResponseBytes the largest response body read; a larger one is refused without being read into memory
 * @param maxRetries       how many times one request is sent again after a 429 or 503
 * @param maxWait          the longest wait before one retry; a server asking for more is not waited for
 * @param pause            how the client waits (tests pass one that records instead of sleeping)
 */
public record DavLimits(long maxResponseBytes, int maxRetries, Duration maxWait, Pause pause) {

    /**
     * 32 MiB: a listing of 10,000 events with their ETags is about 3 MB and a multiget of a
     * hundred events well under one, so only a broken or hostile server comes near it.
     */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L * 1024 * 1024;
    /** Three retries: a server that is still busy after that is reported, and the next sync tries again. */
    public static final int DEFAULT_MAX_RETRIES = 3;
    /** Half a minute: the longest a person at the sync dialog or a cron job should wait for one retry. */
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(30);

    /** How the client waits before a retry. */
    @FunctionalInterface
    public interface Pause {
        /** Waits {@code duration}; an interrupt ends the wait and the request. */
        void pause(Duration duration) throws InterruptedException;
    }

    public DavLimits {
        if (maxResponseBytes < 1 || maxRetries < 0 || maxWait.isNegative()) {
            throw new IllegalArgumentException("limits must be positive: " + maxResponseBytes + ", " + maxRetries + ", " + maxWait);
        }
        Objects.requireNonNull(pause, "pause");
    }

    /** The limits above, waiting with {@link Thread#sleep(Duration)}. */
    public static DavLimits defaults() {
        return new DavLimits(DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_RETRIES, DEFAULT_MAX_WAIT, Thread::sleep);
    }

    /** These limits with another largest response body. */
    public DavLimits withMaxResponseBytes(long bytes) {
        return new DavLimits(bytes, maxRetries, maxWait, pause);
    }

    /** These limits with another way to wait. */
    public DavLimits withPause(Pause other) {
        return new DavLimits(maxResponseBytes, maxRetries, maxWait, other);
    }
}

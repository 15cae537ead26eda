package org.mentorplanner.store;

import java.util.UUID;

/**
 * The uids of new sessions, their identity in the planning calendar (ADR 0018):
 * {@code session-<uuid>@mentor-planner}, unique across planners because the uuid is random.
 */
final class SessionUids {

    private static final String PREFIX = "session-";
    private static final String SUFFIX = "@mentor-planner";
    /** The top bit of a uuid's 48-bit node, cleared in a {@link Sequence}'s base so counting never carries past the node. */
    private static final long NODE_TOP_BIT = 1L << 47;

    private SessionUids() {
    }

    /** A uid with a random (version 4) uuid, for one new session. */
    static String random() {
        return PREFIX + UUID.randomUUID() + SUFFIX;
    }

    /** Uids for many new sessions at once: one random uuid, then its successors. */
    static Sequence sequence() {
        return new Sequence(UUID.randomUUID());
    }

    /**
     * Uids from one random uuid counting up in its last 48 bits: as unique as random uuids
     * (the base has 122 random bits; a run never makes 2^47 sessions), but ordered, so that a
     * bulk insert adds them to the uid index side by side instead of at random pages.
     */
    static final class Sequence {
        private final long high;
        private final long lowBase;
        private long next;

        private Sequence(UUID base) {
            this.high = base.getMostSignificantBits();
            this.lowBase = base.getLeastSignificantBits() & ~NODE_TOP_BIT;
        }

        String next() {
            return PREFIX + new UUID(high, lowBase + next++) + SUFFIX;
        }
    }
}

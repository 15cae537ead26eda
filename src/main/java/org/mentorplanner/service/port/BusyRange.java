package org.mentorplanner.service.port;

import java.time.Instant;

/**
 * The time a stored session occupies, without its other fields: what conflict checks load in
 * bulk.
 *
 * @param sessionId the session
 * @param mentorId  its mentor
 * @param start     start instant
 * @param end       end instant
 */
public record BusyRange(long sessionId, long mentorId, Instant start, Instant end) {
}

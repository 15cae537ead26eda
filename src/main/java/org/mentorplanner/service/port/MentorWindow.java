package org.mentorplanner.service.port;

import java.time.Instant;

/**
 * A stretch of one mentor's time, half-open {@code [start, end)}: what a bulk duplicate asks
 * the store about for each copy it plans.
 *
 * @param mentorId the mentor
 * @param start    first instant of the window
 * @param end      the instant after it
 */
public record MentorWindow(long mentorId, Instant start, Instant end) {
}

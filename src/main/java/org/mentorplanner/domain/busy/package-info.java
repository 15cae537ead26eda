/**
 * Busy time from mentors' own calendars as the domain sees it: sources, their local copies and
 * busy intervals, and {@code BusyIndex} for many overlap checks at once (ADR 24). No I/O.
 */
package org.mentorplanner.domain.busy;

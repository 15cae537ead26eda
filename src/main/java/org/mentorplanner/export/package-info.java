/**
 * Booking links leave the planner as files here: the ICS, HTML, CSV and JSON exporters, the words
 * they share for a session ({@code SessionText}), and the iCalendar event writer and folding that
 * the CalDAV client in {@code org.mentorplanner.caldav} also writes its resources with (ADR 0037).
 */
package org.mentorplanner.export;

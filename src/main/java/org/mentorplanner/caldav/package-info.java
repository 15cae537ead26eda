/**
 * The CalDAV client (RFC 4791, ADR 0018): discovery of a user's calendars, the HTTP transport with
 * its limits and plain-HTTP guard, the WebDAV XML requests and multistatus answers, and the mapping
 * between sessions and calendar resources (booking events, planning events with their
 * {@code X-MENTORPLANNER-*} fields). The iCalendar text itself comes from
 * {@code org.mentorplanner.export} (ADR 0037).
 */
package org.mentorplanner.caldav;

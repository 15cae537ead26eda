/**
 * Reading mentors' own calendars for busy time (issue 12, ADR 24 and 25): fetching ICS
 * subscriptions and files with conditional requests ({@code BusyFeedClient}), parsing and
 * expanding them with ical4j ({@code IcsBusyParser}, with {@code MonthlyByDayRules} working
 * around an ical4j 4.0.0-rc5 bug), and Outlook's Windows zone names. Nothing here writes to the
 * store; the service keeps the copies.
 */
package org.mentorplanner.busy;

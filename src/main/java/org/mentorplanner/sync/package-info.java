/**
 * Booking links leave the planner here: the ICS, HTML, CSV and JSON exporters, and the CalDAV client
 * that keeps a calendar on a server in step with the planner.
 */
package org.mentorplanner.sync;

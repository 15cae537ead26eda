/**
 * "Sync calendars…": the CalDAV sync dialog, its progress and what changed.
 */
package org.mentorplanner.ui.sync;

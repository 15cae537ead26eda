/**
 * The planner window: the CalendarFX pages (day, week, month, agenda), the grid's blocks and their
 * states, the toolbar and status bar, selection and the session actions, loading the visible weeks.
 */
package org.mentorplanner.ui.calendar;

/**
 * "Export booking links…": the dialog that writes the booking pages, calendars, CSV or JSON for an
 * audience into a folder, as a task with progress, and opens the folder afterwards.
 */
package org.mentorplanner.ui.export;

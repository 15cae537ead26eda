/**
 * "Bulk duplicate…": the dialog that previews every copy of the chosen sessions on a recurrence, with
 * its flags, and commits the run as a task that can be stopped until it commits.
 */
package org.mentorplanner.ui.duplicate;

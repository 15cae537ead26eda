/**
 * The window's side of busy times: the dialog that manages a mentor's busy sources, the
 * CalDAV passwords typed in this run (never stored), and the refresh every N minutes.
 */
package org.mentorplanner.ui.busy;

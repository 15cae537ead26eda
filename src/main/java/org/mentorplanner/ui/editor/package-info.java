/**
 * The session editor: every field of a mentorship session, checked as it is typed, with the start shown
 * at the other locations for online sessions. Opened by the planner for a new block, an edit or a copy.
 */
package org.mentorplanner.ui.editor;

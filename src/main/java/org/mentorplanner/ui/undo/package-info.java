/**
 * Undo and redo in the planner: each change is a step that knows how to take itself back and do itself
 * again (snapshots of the sessions before and after), one step for a whole bulk run.
 */
package org.mentorplanner.ui.undo;

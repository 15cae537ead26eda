package org.mentorplanner.ui.undo;

/**
 * One step on the undo stack: a change of one session ({@link SessionChange}) or a whole bulk
 * duplicate run ({@link RunChange}). The presenter that made it knows how to write it back.
 */
public sealed interface UndoableChange permits SessionChange, RunChange {

    /** What the user did, for menus ("Move 'Career chat'"). */
    String label();
}

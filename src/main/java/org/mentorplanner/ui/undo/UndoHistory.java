package org.mentorplanner.ui.undo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The undo and redo stacks of the window, for as long as it is open. A change moves between
 * the stacks only after its write succeeded, so a failed undo can be tried again.
 */
public final class UndoHistory {

    private final Deque<SessionChange> undo = new ArrayDeque<>();
    private final Deque<SessionChange> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "");

    /** Records a change the user just made; it clears what could be redone. */
    public void record(SessionChange change) {
        undo.push(change);
        redo.clear();
        refresh();
    }

    /** The change an undo would revert. */
    public Optional<SessionChange> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    /** The change a redo would apply again. */
    public Optional<SessionChange> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    /** Marks {@code change} (the top of the undo stack) as undone. */
    public void undone(SessionChange change) {
        if (undo.peek() == change) {
            redo.push(undo.pop());
            refresh();
        }
    }

    /** Marks {@code change} (the top of the redo stack) as redone. */
    public void redone(SessionChange change) {
        if (redo.peek() == change) {
            undo.push(redo.pop());
            refresh();
        }
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo Move 'Career chat'", or "Undo" when there is nothing. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    private void refresh() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoLabel.set(undo.isEmpty() ? "Undo" : "Undo " + undo.peek().label());
        redoLabel.set(redo.isEmpty() ? "Redo" : "Redo " + redo.peek().label());
    }
}

package org.mentorplanner.ui.undo;

import java.util.Objects;
import org.mentorplanner.service.DuplicationResult;

/**
 * A bulk duplicate run as one undo step: undo deletes all its copies, redo puts them back.
 *
 * @param label  what the user did ("Bulk duplicate 8 copies")
 * @param result the copies the run made, as stored
 */
public record RunChange(String label, DuplicationResult result) implements UndoableChange {

    public RunChange {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(result, "result");
    }
}

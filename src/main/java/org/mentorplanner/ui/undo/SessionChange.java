package org.mentorplanner.ui.undo;

import java.util.Optional;
import org.mentorplanner.domain.MentorshipSession;

/**
 * One undoable change of one session, as the states before and after it. An absent state means
 * the session did not exist: a create has no {@code before}, a delete has no {@code after}.
 * Undo writes {@code before} back, redo writes {@code after}.
 *
 * @param label  what the user did, for menus ("Move 'Career chat'")
 * @param before the session before the change, or {@code null}
 * @param after  the session after the change, or {@code null}
 */
public record SessionChange(String label, MentorshipSession before, MentorshipSession after) {

    public SessionChange {
        if (before == null && after == null) {
            throw new IllegalArgumentException("a change needs a state before or after");
        }
    }

    public long sessionId() {
        return before != null ? before.id() : after.id();
    }

    public Optional<MentorshipSession> beforeState() {
        return Optional.ofNullable(before);
    }

    public Optional<MentorshipSession> afterState() {
        return Optional.ofNullable(after);
    }
}

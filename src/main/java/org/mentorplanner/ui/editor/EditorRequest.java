package org.mentorplanner.ui.editor;

import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.SessionStatus;

/**
 * What to open the editor on.
 *
 * @param sessionId the stored session, or {@code null} for a new one
 * @param status    its status ({@link SessionStatus#DRAFT} for a new one)
 * @param details   the fields to start from
 */
public record EditorRequest(Long sessionId, SessionStatus status, SessionDetails details) {

    /** A new session prefilled with {@code details}. */
    public static EditorRequest create(SessionDetails details) {
        return new EditorRequest(null, SessionStatus.DRAFT, details);
    }

    public boolean isNew() {
        return sessionId == null;
    }

    /** Cancelled sessions are shown, not edited. */
    public boolean isReadOnly() {
        return status == SessionStatus.CANCELLED;
    }
}

package org.mentorplanner.service;

import java.util.List;
import org.mentorplanner.domain.MentorshipSession;

/**
 * A saved session and what the user should know about how it was saved (for example that
 * its start fell into a daylight-saving gap and was moved).
 *
 * @param session the session as stored
 * @param notices sentences for the user; empty when nothing was adjusted
 */
public record SaveResult(MentorshipSession session, List<String> notices) {

    public SaveResult {
        notices = List.copyOf(notices);
    }
}

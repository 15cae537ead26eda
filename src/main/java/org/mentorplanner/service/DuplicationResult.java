package org.mentorplanner.service;

import java.util.List;
import org.mentorplanner.domain.MentorshipSession;

/**
 * What a bulk duplicate made, committed in one transaction.
 *
 * @param seriesId the series id every copy carries
 * @param created  the copies as stored, in date order
 * @param plan     the preview the run followed
 */
public record DuplicationResult(String seriesId, List<MentorshipSession> created, DuplicationPlan plan) {

    public DuplicationResult {
        created = List.copyOf(created);
    }

    public List<Long> createdIds() {
        return created.stream().map(MentorshipSession::id).toList();
    }
}

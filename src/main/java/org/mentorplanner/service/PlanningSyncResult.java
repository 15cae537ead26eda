package org.mentorplanner.service;

import java.util.List;

/**
 * What a sync with the planning calendar did.
 *
 * @param collectionUrl the planning calendar
 * @param pulled        sessions created, changed or deleted here from the server's events
 * @param created       events created on the server
 * @param updated       events replaced on the server
 * @param deleted       events deleted on the server
 * @param conflicts     sessions with the same field changed on both sides, one line each (new and still open)
 * @param changes       what changed on either side, one line each
 * @param problems      events that could not be taken into this planner, one line each
 */
public record PlanningSyncResult(String collectionUrl, int pulled, int created, int updated, int deleted,
                                 List<String> conflicts, List<String> changes, List<String> problems) {

    public PlanningSyncResult {
        conflicts = List.copyOf(conflicts);
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    /** One line: "Synced with URL (planning): 2 pulled, 1 created, 0 updated, 0 deleted, 0 conflicts." */
    public String summary() {
        return "Synced with " + collectionUrl + " (planning): " + pulled + " pulled, " + created + " created, " + updated
                + " updated, " + deleted + " deleted, " + conflicts.size() + (conflicts.size() == 1 ? " conflict." : " conflicts.");
    }
}

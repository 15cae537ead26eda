package org.mentorplanner.service;

import java.util.List;

/**
 * What a sync with the team calendar did (or, for a dry run, would do).
 *
 * @param collectionUrl the collection synced with
 * @param dryRun        whether nothing was written
 * @param created       events created, including ones re-created after a delete on the server
 * @param updated       events replaced with a newer version of their session
 * @param deleted       events deleted because their session is no longer published to everyone
 * @param unchanged     events already up to date
 * @param conflicts     events changed on the server that were left as they are, one line each
 * @param changes       what was (or would be) created, updated and deleted, one line each, with a
 *                      reason where it is not the plain one (re-created after a delete on the server,
 *                      overwritten by force), and the bookings taken from the calendar
 * @param booked        sessions booked or freed by attendees someone else added or removed on the calendar
 */
public record CalendarSyncResult(String collectionUrl, boolean dryRun, int created, int updated, int deleted, int unchanged,
                                 List<String> conflicts, List<String> changes, int booked) {

    public CalendarSyncResult {
        conflicts = List.copyOf(conflicts);
        changes = List.copyOf(changes);
    }

    /** A result without bookings. */
    public CalendarSyncResult(String collectionUrl, boolean dryRun, int created, int updated, int deleted, int unchanged,
                              List<String> conflicts, List<String> changes) {
        this(collectionUrl, dryRun, created, updated, deleted, unchanged, conflicts, changes, 0);
    }

    /** One line: "Synced with URL: 3 created, 1 updated, 0 deleted, 12 unchanged, 1 conflict." */
    public String summary() {
        return (dryRun ? "Dry run, nothing written. Would sync with " : "Synced with ") + collectionUrl + ": "
                + created + " created, " + updated + " updated, " + deleted + " deleted, " + unchanged + " unchanged, "
                + (booked > 0 ? booked + " booked, " : "") + conflicts.size() + (conflicts.size() == 1 ? " conflict." : " conflicts.");
    }
}

package org.mentorplanner.service;

/** What a bulk duplicate does with a copy that overlaps another session of the same mentor. */
public enum ConflictPolicy {
    /** Leave the conflicting copy out; the other copies are made. */
    SKIP,
    /** Make the copy anyway; it stays flagged in the preview. */
    KEEP,
    /** Make nothing when any copy conflicts. */
    ABORT
}

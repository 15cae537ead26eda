package org.mentorplanner.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.recurrence.Recurrence;

/**
 * A bulk duplicate asked for: which sessions, how often, and the options.
 *
 * @param sourceIds   the sessions to copy (duplicates ignored, order kept)
 * @param recurrence  frequency and end
 * @param keepMentee  carry a booked mentee over to every copy (a recurring session with them)
 * @param publish     publish the copies (booked copies are published anyway)
 * @param onConflict  what to do with copies that overlap another session of the same mentor
 */
public record DuplicationRequest(List<Long> sourceIds, Recurrence recurrence, boolean keepMentee, boolean publish,
                                 ConflictPolicy onConflict) {

    public DuplicationRequest {
        Objects.requireNonNull(recurrence, "recurrence");
        Objects.requireNonNull(onConflict, "onConflict");
        if (sourceIds == null || sourceIds.isEmpty()) {
            throw new InvalidInputException("Choose at least one session to duplicate.");
        }
        sourceIds = List.copyOf(new LinkedHashSet<>(sourceIds));
    }

    /** Copies of {@code sourceIds} as drafts, without mentees, skipping conflicts. */
    public static DuplicationRequest of(List<Long> sourceIds, Recurrence recurrence) {
        return new DuplicationRequest(sourceIds, recurrence, false, false, ConflictPolicy.SKIP);
    }

    public DuplicationRequest keepingMentee(boolean keep) {
        return new DuplicationRequest(sourceIds, recurrence, keep, publish, onConflict);
    }

    public DuplicationRequest publishing(boolean publishCopies) {
        return new DuplicationRequest(sourceIds, recurrence, keepMentee, publishCopies, onConflict);
    }

    public DuplicationRequest onConflict(ConflictPolicy policy) {
        return new DuplicationRequest(sourceIds, recurrence, keepMentee, publish, policy);
    }
}

package org.mentorplanner.service.port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.mentorplanner.domain.MentorshipSession;

/** Mentorship sessions with their group restrictions. */
public interface SessionRepository {

    /** Saves a new session (its id is ignored) and returns it with its id. */
    MentorshipSession insert(MentorshipSession session);

    /** Saves many new sessions in one batch; returns them with their ids, in order. */
    List<MentorshipSession> insertAll(List<MentorshipSession> sessions);

    /** Overwrites every field of an existing session. */
    void update(MentorshipSession session);

    /** Writes {@code session} back exactly, keeping its id: updates it, or inserts it again if deleted (undo). */
    void restore(MentorshipSession session);

    /** Removes a session; returns whether it existed. */
    boolean delete(long id);

    /** Removes the sessions with these ids (ids that do not exist are ignored); returns how many were removed. */
    int deleteAll(Collection<Long> ids);

    Optional<MentorshipSession> findById(long id);

    List<MentorshipSession> findByIds(Collection<Long> ids);

    /** Sessions of the given mentors that overlap {@code [from, to)}, ordered by start. */
    List<MentorshipSession> findInRange(Collection<Long> mentorIds, Instant from, Instant to);

    /** Sessions that are not cancelled, of one mentor, overlapping {@code [from, to)}. */
    List<MentorshipSession> findOverlapping(long mentorId, Instant from, Instant to);

    /**
     * The busy ranges of the sessions that are not cancelled and overlap at least one of
     * {@code windows} (each about its own mentor), each range once, ordered by mentor, start and
     * id: a lean load for checking many new sessions at once. One query whose cost grows with the
     * windows asked about, not with the mentors' history (ADR 0044).
     */
    List<BusyRange> findBusyIn(Collection<MentorWindow> windows);

    /** Sessions matching a filter, ordered by start. */
    List<MentorshipSession> find(SessionQuery query);

    /** All sessions of a series, ordered by start. */
    List<MentorshipSession> findBySeries(String seriesId);

    Optional<MentorshipSession> findByToken(String token);

    long count();
}

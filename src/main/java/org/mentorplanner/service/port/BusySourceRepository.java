package org.mentorplanner.service.port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.mentorplanner.domain.busy.BusyBlock;
import org.mentorplanner.domain.busy.BusyCopy;
import org.mentorplanner.domain.busy.BusyInterval;
import org.mentorplanner.domain.busy.BusySource;

/** Mentors' busy sources and their local copies of busy intervals. */
public interface BusySourceRepository {

    /** Stores a new source, added at {@code createdAt}; returns it with its id. */
    BusySource insert(BusySource source, Instant createdAt);

    /** Every source, by mentor and id. */
    List<BusySource> findAll();

    /** The sources of one mentor, by id. */
    List<BusySource> findByMentor(long mentorId);

    Optional<BusySource> findById(long id);

    /** Forgets a source and its copy; returns whether it existed. */
    boolean delete(long id);

    /** Whether the grid and the warnings show this source's titles. */
    void setShowTitles(long id, boolean show);

    /** Replaces the source's whole copy with {@code intervals} and records {@code copy} (one good read). */
    void replaceCopy(long id, List<BusyInterval> intervals, BusyCopy copy);

    /** Records the copy's state without touching its intervals (unchanged, or a failed refresh). */
    void saveCopyState(long id, BusyCopy copy);

    /**
     * The intervals of the given mentors' sources that overlap {@code [from, to)}, ordered by
     * start; titles already replaced by "Busy" where the source hides them.
     */
    List<BusyBlock> findBusy(Collection<Long> mentorIds, Instant from, Instant to);

    /**
     * A text that changes whenever the copies of the given mentors' sources may have changed
     * (a source added, removed, refreshed or its titles switched): lets a caller keep what it
     * built from them until then. Empty when they have no sources.
     */
    String copyVersion(Collection<Long> mentorIds);
}

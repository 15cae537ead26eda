package org.mentorplanner.service;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.NotFoundException;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.busy.BusyBlock;
import org.mentorplanner.service.port.Repositories;
import org.mentorplanner.service.port.Storage;

/**
 * Duplicating sessions: one copy on a new date, bulk copies on a recurrence (preview first,
 * then one all-or-nothing transaction per run), and changes to the rest of a series. Every
 * copy passes {@link SessionService}'s rules.
 *
 * <p>For a dialog: {@link #plan} is a read-only preview cheap enough to call on every option
 * change (off the FX thread); {@link #run(Actor, DuplicationRequest, RunMonitor)} reports
 * progress and can be cancelled until it commits; {@link #undo} takes a whole run back.
 */
@Singleton
public class DuplicationService {

    /** Copies written per batch insert; progress and cancellation are checked between batches. */
    static final int BATCH_SIZE = 512;

    private final Storage storage;
    private final SessionService sessions;
    private final DuplicationPlanner planner;

    @Inject
    public DuplicationService(Storage storage, SessionService sessions) {
        this.storage = storage;
        this.sessions = sessions;
        this.planner = new DuplicationPlanner(sessions);
    }

    /**
     * Copies one session to {@code newStart} (wall clock in its location's zone) with every field
     * but the booked mentee; the booking token is never copied. A draft unless {@code publish}.
     * The result's notices mention a DST shift and any overlap with the mentor's other sessions.
     */
    public SaveResult duplicate(Actor actor, long sourceId, LocalDateTime newStart, boolean publish) {
        return storage.transact(repos -> {
            MentorshipSession source = repos.sessions().findById(sourceId)
                                            .orElseThrow(() -> new NotFoundException("No session #" + sourceId + "."));
            SaveResult saved = sessions.create(repos, actor, duplicateDetails(source, newStart), publish, null);
            MentorshipSession copy = saved.session();
            List<String> notices = new ArrayList<>(saved.notices());
            for (MentorshipSession other : repos.sessions().findOverlapping(copy.mentorId(), copy.startInstant(), copy.endInstant())) {
                if (other.id() != copy.id()) {
                    notices.add("Overlaps session #" + other.id() + " of the same mentor at "
                            + other.details().localStart().toLocalTime() + ".");
                }
            }
            return new SaveResult(copy, notices);
        });
    }

    /** The fields of a duplicate of {@code source} at {@code newStart}: everything but the mentee (the editor's prefill). */
    public static SessionDetails duplicateDetails(MentorshipSession source, LocalDateTime newStart) {
        return source.details().withMentee(null).withLocalStart(newStart);
    }

    /** The preview of a bulk duplicate: every copy with its flags. Writes nothing. */
    public DuplicationPlan plan(Actor actor, DuplicationRequest request) {
        return storage.transact(repos -> planner.plan(repos, actor, request).plan());
    }

    /** {@link #run(Actor, DuplicationRequest, RunMonitor)} without progress or cancellation. */
    public DuplicationResult run(Actor actor, DuplicationRequest request) {
        return run(actor, request, RunMonitor.NONE);
    }

    /**
     * Makes the copies of {@link #plan} in one transaction, all sharing a new series id. With
     * {@link ConflictPolicy#ABORT} any conflict refuses the whole run. Any failure, or a
     * cancellation seen by {@code monitor} before the commit, leaves the database as it was.
     *
     * @throws InvalidInputException  for a refused run (conflicts with abort, broken rules)
     * @throws CancellationException  when cancelled; nothing was saved
     */
    public DuplicationResult run(Actor actor, DuplicationRequest request, RunMonitor monitor) {
        return storage.transact(repos -> {
            DuplicationPlanner.PlannedRun planned = planner.plan(repos, actor, request);
            DuplicationPlan plan = planned.plan();
            if (request.onConflict() == ConflictPolicy.ABORT && plan.count(CopyFlag.CONFLICT) + plan.count(CopyFlag.BUSY) > 0) {
                throw new InvalidInputException(abortMessage(plan));
            }
            String seriesId = UUID.randomUUID().toString();
            List<MentorshipSession> rows = new ArrayList<>(planned.drafts().size());
            for (DuplicationPlanner.Draft draft : planned.drafts()) {
                rows.add(sessions.newSession(draft.location(), draft.details(), request.publish(), seriesId));
            }
            List<MentorshipSession> created = new ArrayList<>(rows.size());
            monitor.progress(0, rows.size());
            for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
                stopIfCancelled(monitor);
                created.addAll(repos.sessions().insertAll(rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE))));
                monitor.progress(created.size(), rows.size());
            }
            stopIfCancelled(monitor);
            return new DuplicationResult(seriesId, created, plan);
        });
    }

    /** Takes a whole run back in one transaction: its copies are deleted (the run's one undo step). */
    public void undo(Actor actor, DuplicationResult result) {
        storage.transactVoid(repos -> sessions.undoCreateAll(repos, actor, result.createdIds()));
    }

    /**
     * Puts a run's copies back after {@link #undo}, with their ids, series and booking tokens, in
     * one transaction (the run's redo).
     *
     * @return the copies as stored again
     */
    public List<MentorshipSession> redo(Actor actor, DuplicationResult result) {
        return storage.transact(repos -> result.created().stream()
                                               .map(copy -> sessions.restore(repos, actor, copy))
                                               .toList());
    }

    /**
     * Cancels the sessions of a series dated {@code from} or later (in their own zone) that are
     * not cancelled yet, in one transaction; their booking links are revoked.
     *
     * @return the sessions cancelled, earliest first; empty when none was left to cancel
     */
    public List<MentorshipSession> cancelSeries(Actor actor, String seriesId, LocalDate from) {
        return storage.transact(repos -> {
            List<MentorshipSession> cancelled = new ArrayList<>();
            for (MentorshipSession session : restOfSeries(repos, seriesId, from)) {
                cancelled.add(sessions.cancel(repos, actor, session.id()));
            }
            return cancelled;
        });
    }

    /**
     * Moves every session of a series dated {@code from} or later (not cancelled) to
     * {@code newStart} on its own date, in one transaction. A start in a DST gap moves forward
     * and is noted in that session's result.
     */
    public List<SaveResult> changeSeriesTime(Actor actor, String seriesId, LocalDate from, LocalTime newStart) {
        return storage.transact(repos -> {
            List<SaveResult> changed = new ArrayList<>();
            for (MentorshipSession session : restOfSeries(repos, seriesId, from)) {
                SessionDetails details = session.details()
                        .withLocalStart(session.details().localStart().toLocalDate().atTime(newStart));
                changed.add(sessions.update(repos, actor, session.id(), details));
            }
            return changed;
        });
    }

    private static List<MentorshipSession> restOfSeries(Repositories repos, String seriesId, LocalDate from) {
        List<MentorshipSession> series = repos.sessions().findBySeries(seriesId);
        if (series.isEmpty()) {
            throw new NotFoundException("No series " + seriesId + ": bulk duplicate prints its series id; "
                    + "`session list --format json` shows each session's seriesId.");
        }
        return series.stream()
                     .filter(session -> !session.isCancelled())
                     .filter(session -> !session.details().localStart().toLocalDate().isBefore(from))
                     .toList();
    }

    private static void stopIfCancelled(RunMonitor monitor) {
        if (monitor.isCancelled()) {
            throw new CancellationException("Bulk duplicate cancelled: nothing was saved.");
        }
    }

    /** How many slots after a session {@link #nextFreeStart(long)} tries: two days of hour-long slots. */
    public static final int FREE_SLOT_TRIES = 96;

    /**
     * The next free start for a copy of session {@code sourceId} (wall clock at its location), as
     * Duplicate in the window offers it; {@code session duplicate} without {@code --start} uses it.
     */
    public LocalDateTime nextFreeStart(long sourceId) {
        MentorshipSession source = storage.transact(repos -> repos.sessions().findById(sourceId))
                                          .orElseThrow(() -> new NotFoundException("No session #" + sourceId + "."));
        return nextFreeStart(duplicateDetails(source, source.details().localStart()), source.zone(), FREE_SLOT_TRIES);
    }

    /**
     * The "next free slot" of Duplicate and Publish &amp; Duplicate: the first start after
     * {@code details}' own, stepping by its length, at which the mentor has neither another
     * session (not cancelled) nor busy time from their own calendars. Two queries cover the whole
     * stretch searched; after {@code tries} slots the last one tried is returned.
     *
     * @param zone the zone of the session's location (its wall-clock start is in it)
     */
    public LocalDateTime nextFreeStart(SessionDetails details, ZoneId zone, int tries) {
        ZonedDateTime first = details.localStart().atZone(zone).plus(details.duration());
        Instant until = first.plus(details.duration().multipliedBy(tries + 1L)).toInstant();
        return storage.transact(repos -> {
            List<MentorshipSession> taken = repos.sessions().findOverlapping(details.mentorId(), first.toInstant(), until);
            List<BusyBlock> busy = repos.busySources().findBusy(Set.of(details.mentorId()), first.toInstant(), until);
            ZonedDateTime start = first;
            for (int i = 0; i < tries; i++) {
                Instant from = start.toInstant();
                Instant to = start.plus(details.duration()).toInstant();
                if (taken.stream().noneMatch(session -> session.overlaps(from, to))
                        && busy.stream().noneMatch(block -> block.overlaps(from, to))) {
                    return start.toLocalDateTime();
                }
                start = start.plus(details.duration());
            }
            return start.toLocalDateTime();
        });
    }

    private static String abortMessage(DuplicationPlan plan) {
        List<PlannedCopy> conflicts = plan.copies().stream()
                .filter(copy -> copy.has(CopyFlag.CONFLICT) || copy.has(CopyFlag.BUSY)).toList();
        StringBuilder text = new StringBuilder("Nothing was copied: ").append(conflicts.size())
                .append(conflicts.size() == 1 ? " copy conflicts" : " copies conflict")
                .append(" with other sessions or busy time of the same mentor (on conflict: abort). ");
        conflicts.stream().limit(3).forEach(copy -> text.append("Copy of #").append(copy.sourceId()).append(" on ")
                .append(copy.date()).append(": ").append(copy.notes().get(copy.notes().size() - 1)).append(' '));
        if (conflicts.size() > 3) {
            text.append("And ").append(conflicts.size() - 3).append(" more. ");
        }
        return text.append("Choose skip or keep, or move the sessions in the way.").toString();
    }
}

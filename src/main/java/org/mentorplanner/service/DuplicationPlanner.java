package org.mentorplanner.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.NotFoundException;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.busy.BusyBlock;
import org.mentorplanner.domain.busy.BusyIndex;
import org.mentorplanner.domain.recurrence.BusyTimes;
import org.mentorplanner.domain.recurrence.Expansion;
import org.mentorplanner.domain.recurrence.Occurrence;
import org.mentorplanner.service.port.BusyRange;
import org.mentorplanner.service.port.MentorWindow;
import org.mentorplanner.service.port.Repositories;

/**
 * Works out a bulk duplicate inside a transaction without writing: validates each source once,
 * expands the recurrence, and checks every copy for conflicts in memory against the mentors'
 * sessions overlapping the copies (one query), the copies planned before it, and the busy time of
 * the mentors' own calendars (one more query, flagged {@link CopyFlag#BUSY}).
 */
final class DuplicationPlanner {

    /** Most copies one run may make. */
    static final int MAX_RUN_COPIES = 20_000;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** After every stored copy (copies reach two years ahead). */
    private static final Instant ALL_TIME = Instant.parse("9999-01-01T00:00:00Z");

    /** A copy the run makes: its validated details with the start placed in the location's zone. */
    record Draft(SessionDetails details, Location location) {
    }

    /** The preview and the copies to make. */
    record PlannedRun(DuplicationPlan plan, List<Draft> drafts) {
    }

    /** One expanded copy before the conflict check, its times worked out once. */
    private record Candidate(int sourceIndex, MentorshipSession source, SessionDetails template, Location location,
                             Occurrence occurrence, ZonedDateTime startAt, ZonedDateTime endAt, Instant start, Instant end) {

        static Candidate of(int sourceIndex, MentorshipSession source, SessionDetails template, Location location,
                            Occurrence occurrence) {
            ZonedDateTime startAt = occurrence.startAt();
            ZonedDateTime endAt = occurrence.endAt();
            return new Candidate(sourceIndex, source, template, location, occurrence, startAt, endAt,
                    startAt.toInstant(), endAt.toInstant());
        }
    }

    /** What holds a busy range: a stored session, or a copy planned earlier in this run (of session #sessionId). */
    private record Occupant(long sessionId, boolean copy, Instant start, Instant end) {
        /** Words for the user, with the times in {@code zone} (the copy's). */
        String describe(ZoneId zone) {
            ZonedDateTime from = start.atZone(zone);
            String times = from.format(TIME) + "–" + end.atZone(zone).format(TIME);
            return copy ? "overlaps another copy in this run (of session #" + sessionId + ", " + times + ")"
                        : "overlaps session #" + sessionId + " (" + from.toLocalDate() + " " + times + ")";
        }
    }

    /** The busy index of the last run's mentors, kept until their copies change (see {@link #loadCalendarBusy}). */
    private record CachedIndex(Set<Long> mentorIds, String version, BusyIndex index) {
    }

    private final SessionService sessions;
    private CachedIndex cached;

    DuplicationPlanner(SessionService sessions) {
        this.sessions = sessions;
    }

    PlannedRun plan(Repositories repos, Actor actor, DuplicationRequest request) {
        List<MentorshipSession> sources = loadSources(repos, request.sourceIds());
        List<SessionDetails> templates = sources.stream()
                .map(source -> request.keepMentee() ? source.details() : source.details().withMentee(null))
                .toList();
        // Copies differ from their source only in start, so each source's rules are checked once.
        List<Location> locations = sessions.validateAll(repos, actor, templates, i -> "Session #" + sources.get(i).id() + ": ");
        List<Candidate> candidates = new ArrayList<>();
        List<PlannedCopy> rows = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            MentorshipSession source = sources.get(i);
            SessionDetails template = templates.get(i);
            Location location = locations.get(i);
            Expansion expansion = expand(request, source, location);
            for (Occurrence occurrence : expansion.occurrences()) {
                candidates.add(Candidate.of(i, source, template, location, occurrence));
            }
            for (YearMonth month : expansion.skippedMonths()) {
                rows.add(skippedMonth(source, month, request));
            }
            if (candidates.size() > MAX_RUN_COPIES) {
                throw new InvalidInputException("This run would make more than " + MAX_RUN_COPIES
                        + " copies: duplicate fewer sessions at once, or for a shorter time.");
            }
        }
        candidates.sort(Comparator.comparing(Candidate::start).thenComparingInt(Candidate::sourceIndex));
        BusyTimes<Occupant> busy = loadBusyTimes(repos, candidates);
        BusyIndex calendars = loadCalendarBusy(repos, candidates);
        List<Draft> drafts = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            PlannedCopy row = check(candidate, busy, calendars, request.onConflict());
            rows.add(row);
            if (row.created()) {
                busy.add(candidate.source().mentorId(), candidate.start(), candidate.end(),
                        new Occupant(candidate.source().id(), true, candidate.start(), candidate.end()));
                drafts.add(new Draft(candidate.template().withLocalStart(candidate.startAt().toLocalDateTime()),
                        candidate.location()));
            }
        }
        rows.sort(Comparator.comparing(PlannedCopy::date)); // stable: copies stay in start order within a day
        return new PlannedRun(new DuplicationPlan(request, rows), drafts);
    }

    private static List<MentorshipSession> loadSources(Repositories repos, List<Long> ids) {
        Map<Long, MentorshipSession> byId = new HashMap<>();
        for (MentorshipSession session : repos.sessions().findByIds(ids)) {
            byId.put(session.id(), session);
        }
        List<Long> missing = ids.stream().filter(id -> !byId.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw new NotFoundException((missing.size() == 1 ? "No session #" + missing.get(0) : "No sessions " + missing)
                    + ": check the ids with `session list`.");
        }
        return ids.stream().map(byId::get).toList();
    }

    /** The source's copies; a refusal (an until date before it, too many copies) names the source. */
    private static Expansion expand(DuplicationRequest request, MentorshipSession source, Location location) {
        try {
            return request.recurrence().expand(source.details().localStart(), source.details().duration(), location.zone());
        } catch (InvalidInputException e) {
            throw new InvalidInputException("Session #" + source.id() + ": " + e.getMessage());
        }
    }

    /**
     * The mentors' sessions that are not cancelled and overlap a candidate: one query about the
     * candidates' own windows, so its cost follows the copies, not the mentors' history.
     * Same-start ranges go in by id, then the run's own copies after them.
     */
    private static BusyTimes<Occupant> loadBusyTimes(Repositories repos, List<Candidate> candidates) {
        BusyTimes<Occupant> busy = new BusyTimes<>();
        List<MentorWindow> windows = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            windows.add(new MentorWindow(candidate.source().mentorId(), candidate.start(), candidate.end()));
        }
        for (BusyRange range : repos.sessions().findBusyIn(windows)) {
            busy.add(range.mentorId(), range.start(), range.end(), new Occupant(range.sessionId(), false, range.start(), range.end()));
        }
        return busy;
    }

    /**
     * The mentors' busy time from their own calendars. The copies change only when a source is
     * refreshed or changed, while a coordinator previews and runs many duplicates in between: the
     * whole index of the mentors' copies is kept and reused while {@code copyVersion} (one small
     * query) says it is current; else it is read again (one query).
     */
    private synchronized BusyIndex loadCalendarBusy(Repositories repos, List<Candidate> candidates) {
        Set<Long> mentorIds = new HashSet<>();
        for (Candidate candidate : candidates) {
            mentorIds.add(candidate.source().mentorId());
        }
        if (mentorIds.isEmpty()) {
            return BusyIndex.of(List.of());
        }
        String version = repos.busySources().copyVersion(mentorIds);
        if (cached != null && cached.mentorIds().equals(mentorIds) && cached.version().equals(version)) {
            return cached.index();
        }
        BusyIndex index = version.isEmpty() ? BusyIndex.of(List.of())
                : BusyIndex.of(repos.busySources().findBusy(mentorIds, Instant.EPOCH, ALL_TIME));
        cached = new CachedIndex(Set.copyOf(mentorIds), version, index);
        return index;
    }

    private static PlannedCopy check(Candidate candidate, BusyTimes<Occupant> busy, BusyIndex calendars,
                                     ConflictPolicy policy) {
        Occurrence occurrence = candidate.occurrence();
        Set<CopyFlag> flags = EnumSet.noneOf(CopyFlag.class);
        List<String> notes = new ArrayList<>(1);
        if (occurrence.dstShifted()) {
            flags.add(CopyFlag.DST_SHIFTED);
            notes.add(occurrence.dstNote());
        } else if (occurrence.dstAmbiguous()) {
            flags.add(CopyFlag.DST_AMBIGUOUS);
            notes.add(occurrence.dstNote());
        }
        Optional<Occupant> overlap = busy.firstOverlap(candidate.source().mentorId(), candidate.start(), candidate.end());
        boolean created = true;
        if (overlap.isPresent()) {
            flags.add(CopyFlag.CONFLICT);
            String what = "Conflict: " + overlap.get().describe(candidate.startAt().getZone());
            notes.add(switch (policy) {
                case SKIP -> what + "; this copy is skipped.";
                case KEEP -> what + "; kept anyway.";
                case ABORT -> what + "; the run stops.";
            });
            created = policy != ConflictPolicy.SKIP;
        }
        Optional<BusyBlock> busyTime = calendars.firstOverlap(candidate.source().mentorId(), candidate.start(), candidate.end());
        if (busyTime.isPresent()) {
            flags.add(CopyFlag.BUSY);
            ZoneId zone = candidate.startAt().getZone();
            BusyBlock block = busyTime.get();
            String what = "Busy: the mentor's calendar has \"" + block.title() + "\" " + block.start().atZone(zone).format(TIME)
                    + "–" + block.end().atZone(zone).format(TIME)
                    + (block.start().atZone(zone).toLocalDate().equals(candidate.startAt().toLocalDate()) ? "" : " (from " + block.start().atZone(zone).toLocalDate() + ")");
            notes.add(switch (policy) {
                case SKIP -> what + "; this copy is skipped.";
                case KEEP -> what + "; kept anyway.";
                case ABORT -> what + "; the run stops.";
            });
            created = created && policy != ConflictPolicy.SKIP;
        }
        return new PlannedCopy(candidate.source().id(), candidate.source().mentorId(), occurrence.date(),
                candidate.startAt(), candidate.endAt(), flags, notes, created);
    }

    private static PlannedCopy skippedMonth(MentorshipSession source, YearMonth month, DuplicationRequest request) {
        LocalDate sourceDate = source.details().localStart().toLocalDate();
        String note = month + " has no date for \"" + request.recurrence().frequency().describe(sourceDate)
                + "\": no copy that month.";
        return new PlannedCopy(source.id(), source.mentorId(), month.atDay(1), null, null,
                Set.of(CopyFlag.SKIPPED_MONTH), List.of(note), false);
    }
}

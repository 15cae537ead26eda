package org.mentorplanner.service;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.Group;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.NotFoundException;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.ResolvedStart;
import org.mentorplanner.domain.SessionContext;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.SessionRules;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.domain.Settings;
import org.mentorplanner.service.port.Repositories;
import org.mentorplanner.service.port.SessionQuery;
import org.mentorplanner.service.port.Storage;

/**
 * The life of a mentorship session: create, edit, publish, cancel, delete, and the queries
 * the grid, the command line and the exporters need. Every method is one transaction.
 */
@Singleton
public class SessionService {

    private final Storage storage;
    private final Clock clock;
    private final BookingTokens tokens;

    @Inject
    public SessionService(Storage storage, Clock clock, BookingTokens tokens) {
        this.storage = storage;
        this.clock = clock;
        this.tokens = tokens;
    }

    /**
     * Saves a new session. It starts as a draft unless {@code publish}; a session with a mentee
     * added directly is booked at once, so it is published whatever {@code publish} says.
     */
    public SaveResult create(Actor actor, SessionDetails details, boolean publish) {
        return storage.transact(repos -> create(repos, actor, details, publish, null));
    }

    /** {@link #create} inside a caller's transaction, for multi-row use cases such as duplication. */
    SaveResult create(Repositories repos, Actor actor, SessionDetails details, boolean publish, String seriesId) {
        List<String> notices = new ArrayList<>();
        Location location = validate(repos, actor, details);
        SessionDetails placed = placeInZone(details, location, notices);
        if (placed.hasMentee() && !publish) {
            notices.add("Booked for the mentee at once, so the session is published.");
        }
        return new SaveResult(repos.sessions().insert(newSession(location, placed, publish, seriesId)), notices);
    }

    /**
     * A new, unsaved session of validated {@code placed} details (start already resolved in
     * {@code location}'s zone): published with a fresh booking link when {@code publish} or when
     * it has a mentee (booked at once), else a draft.
     */
    MentorshipSession newSession(Location location, SessionDetails placed, boolean publish, String seriesId) {
        SessionStatus status = publish || placed.hasMentee() ? SessionStatus.PUBLISHED : SessionStatus.DRAFT;
        Instant now = clock.instant();
        return new MentorshipSession(0, placed, location.zone(), status, seriesId,
                status == SessionStatus.PUBLISHED ? tokens.next() : null, 0, now, now);
    }

    /** Replaces the fields of a session; a cancelled session cannot be edited. */
    public SaveResult update(Actor actor, long id, SessionDetails details) {
        return update(actor, id, details, false);
    }

    /**
     * Replaces the fields of a session and, when {@code publish}, publishes a draft with a fresh
     * booking link, in one transaction and one write (the editor's "Save and publish"): a refused
     * edit publishes nothing, and a failed publish saves nothing. A published session stays as it is.
     */
    public SaveResult update(Actor actor, long id, SessionDetails details, boolean publish) {
        return storage.transact(repos -> update(repos, actor, id, details, publish));
    }

    /** {@link #update(Actor, long, SessionDetails)} inside a caller's transaction (series changes). */
    SaveResult update(Repositories repos, Actor actor, long id, SessionDetails details) {
        return update(repos, actor, id, details, false);
    }

    private SaveResult update(Repositories repos, Actor actor, long id, SessionDetails details, boolean publish) {
        MentorshipSession existing = require(repos, id);
        requireMayChange(repos, actor, existing);
        existing.requireChangeable();
        List<String> notices = new ArrayList<>();
        Location location = validate(repos, actor, details);
        SessionDetails placed = placeInZone(details, location, notices);
        MentorshipSession updated = existing.withDetails(placed, location.zone());
        if ((publish || placed.hasMentee()) && existing.isDraft()) {
            updated = updated.withStatus(SessionStatus.PUBLISHED, tokens.next());
            if (!publish) {
                notices.add("Booked for the mentee at once, so the session is published.");
            }
        }
        updated = updated.revised(clock.instant());
        repos.sessions().update(updated);
        return new SaveResult(updated, notices);
    }

    /** Publishes a draft: it gets a fresh booking link. Publishing a published session changes nothing. */
    public MentorshipSession publish(Actor actor, long id) {
        return changeStatus(actor, id, SessionStatus.PUBLISHED);
    }

    /** Takes a published session back to draft and revokes its booking link; refused while booked. */
    public MentorshipSession unpublish(Actor actor, long id) {
        return changeStatus(actor, id, SessionStatus.DRAFT);
    }

    /** Cancels a session and revokes its booking link. The session stays, read-only. */
    public MentorshipSession cancel(Actor actor, long id) {
        return changeStatus(actor, id, SessionStatus.CANCELLED);
    }

    /** {@link #cancel(Actor, long)} inside a caller's transaction (cancelling a series). */
    MentorshipSession cancel(Repositories repos, Actor actor, long id) {
        return changeStatus(repos, actor, id, SessionStatus.CANCELLED);
    }

    /** Gives a published session a new booking link, for a link that leaked. */
    public MentorshipSession regenerateLink(Actor actor, long id) {
        return storage.transact(repos -> {
            MentorshipSession existing = require(repos, id);
            requireMayChange(repos, actor, existing);
            if (!existing.isPublished()) {
                throw new InvalidInputException("Only published sessions have a booking link; publish session #" + id + " first.");
            }
            return save(repos, existing.withBookingToken(tokens.next()));
        });
    }

    /** Deletes a draft for good. Published or cancelled sessions are cancelled, not deleted. */
    public void delete(Actor actor, long id) {
        storage.transactVoid(repos -> {
            MentorshipSession existing = require(repos, id);
            requireMayChange(repos, actor, existing);
            if (!existing.isDraft()) {
                throw new InvalidInputException("Only drafts can be deleted; cancel session #" + id + " instead.");
            }
            repos.sessions().delete(id);
        });
    }

    /**
     * Writes a snapshot back exactly as it was, keeping its id (undo and redo). The actor must
     * be allowed to change the snapshot's mentor.
     */
    public MentorshipSession restore(Actor actor, MentorshipSession snapshot) {
        return storage.transact(repos -> restore(repos, actor, snapshot));
    }

    /** {@link #restore(Actor, MentorshipSession)} inside a caller's transaction (redoing a bulk duplicate). */
    MentorshipSession restore(Repositories repos, Actor actor, MentorshipSession snapshot) {
        Person mentor = repos.people().findById(snapshot.mentorId())
                             .orElseThrow(() -> new NotFoundException("Mentor #" + snapshot.mentorId() + " no longer exists."));
        if (!actor.mayScheduleFor(mentor)) {
            throw new InvalidInputException("You can only change your own sessions.");
        }
        int stored = repos.sessions().findById(snapshot.id()).map(MentorshipSession::revision).orElse(0);
        MentorshipSession restored = snapshot.revisedAfter(stored, clock.instant());
        repos.sessions().restore(restored);
        return restored;
    }

    /** Removes a session whatever its state: only to undo its creation. */
    public void undoCreate(Actor actor, long id) {
        storage.transactVoid(repos -> undoCreateAll(repos, actor, List.of(id)));
    }

    /**
     * {@link #undoCreate(Actor, long)} for many sessions inside a caller's transaction (undoing a
     * bulk duplicate): loaded in one query, the actor checked once per mentor. Ids that no
     * longer exist are ignored.
     */
    void undoCreateAll(Repositories repos, Actor actor, Collection<Long> ids) {
        List<MentorshipSession> existing = repos.sessions().findByIds(ids);
        Set<Long> mentorsChecked = new HashSet<>();
        for (MentorshipSession session : existing) {
            if (mentorsChecked.add(session.mentorId())) {
                requireMayChange(repos, actor, session);
            }
        }
        repos.sessions().deleteAll(existing.stream().map(MentorshipSession::id).toList());
    }

    public Optional<MentorshipSession> find(long id) {
        return storage.transact(repos -> repos.sessions().findById(id));
    }

    /** The session with this id, or a clear refusal. */
    public MentorshipSession require(long id) {
        return storage.transact(repos -> require(repos, id));
    }

    /** Sessions matching a filter, ordered by start. */
    public List<MentorshipSession> list(SessionQuery query) {
        return storage.transact(repos -> repos.sessions().find(query));
    }

    /** The given mentors' sessions overlapping {@code [from, to)}: what a calendar page shows. */
    public List<MentorshipSession> loadRange(Collection<Long> mentorIds, Instant from, Instant to) {
        return storage.transact(repos -> repos.sessions().findInRange(mentorIds, from, to));
    }

    /** A mentor's sessions (not cancelled) that overlap {@code [from, to)}: the conflicts of a new block. */
    public List<MentorshipSession> overlapping(long mentorId, Instant from, Instant to) {
        return storage.transact(repos -> repos.sessions().findOverlapping(mentorId, from, to));
    }

    /** Sessions of a series, ordered by start. */
    public List<MentorshipSession> series(String seriesId) {
        return storage.transact(repos -> repos.sessions().findBySeries(seriesId));
    }

    /** Resolves people, locations and groups of sessions for display and export. */
    public List<DescribedSession> describe(List<MentorshipSession> sessions) {
        return storage.transact(repos -> describe(repos, sessions));
    }

    /** {@link #describe(List)} inside a caller's transaction. */
    List<DescribedSession> describe(Repositories repos, List<MentorshipSession> sessions) {
        Settings settings = SettingsService.read(repos.settings());
        Set<Long> personIds = new HashSet<>();
        for (MentorshipSession session : sessions) {
            personIds.add(session.mentorId());
            if (session.details().hasMentee()) {
                personIds.add(session.details().menteeId());
            }
        }
        Map<Long, Person> people = byId(repos.people().findByIds(personIds), Person::id);
        Map<Long, Location> locations = byId(repos.locations().findAll(), Location::id);
        Map<Long, Group> groups = byId(repos.groups().findAll(), Group::id);
        List<DescribedSession> views = new ArrayList<>(sessions.size());
        for (MentorshipSession session : sessions) {
            SessionDetails d = session.details();
            // Most sessions are for the whole organisation: no stream for an empty set (lists of thousands).
            List<Group> sessionGroups = d.groupIds().isEmpty() ? List.of() : d.groupIds().stream().map(groups::get)
                                         .sorted(Comparator.comparing(Group::name)).toList();
            String url = session.isPublished() && session.bookingToken() != null
                    ? settings.bookingUrl(session.bookingToken()) : null;
            views.add(new DescribedSession(session, people.get(d.mentorId()),
                    d.hasMentee() ? people.get(d.menteeId()) : null, locations.get(d.locationId()), sessionGroups, url));
        }
        return views;
    }

    /** Checks every rule for {@code details}; returns the location, whose zone the start is in. */
    Location validate(Repositories repos, Actor actor, SessionDetails details) {
        return validateAll(repos, actor, List.of(details), index -> "").get(0);
    }

    /**
     * {@link #validate} for many sessions at once (the sources of a bulk duplicate): people,
     * locations and groups are loaded once for all. Returns each one's location, in order. The
     * first that breaks a rule is refused, each of its problems starting with {@code label} of
     * its index (for example "Session #12: ").
     */
    List<Location> validateAll(Repositories repos, Actor actor, List<SessionDetails> all, IntFunction<String> label) {
        Set<Long> personIds = new HashSet<>();
        for (SessionDetails details : all) {
            personIds.add(details.mentorId());
            if (details.hasMentee()) {
                personIds.add(details.menteeId());
            }
        }
        Map<Long, Person> people = byId(repos.people().findByIds(personIds), Person::id);
        Map<Long, Location> locations = byId(repos.locations().findAll(), Location::id);
        Set<Long> groupIds = new HashSet<>();
        for (Group group : repos.groups().findAll()) {
            groupIds.add(group.id());
        }
        List<Location> found = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            SessionDetails details = all.get(i);
            Location location = locations.get(details.locationId());
            SessionContext context = new SessionContext(actor, people.get(details.mentorId()),
                    details.hasMentee() ? people.get(details.menteeId()) : null, location, groupIds);
            List<SessionRules.Violation> violations = SessionRules.check(details, context);
            if (!violations.isEmpty()) {
                String prefix = label.apply(i);
                throw new InvalidInputException(violations.stream()
                        .map(v -> new InvalidInputException.Problem(v.field().name(), prefix + v.message())).toList());
            }
            found.add(location);
        }
        return found;
    }

    private MentorshipSession changeStatus(Actor actor, long id, SessionStatus target) {
        return storage.transact(repos -> changeStatus(repos, actor, id, target));
    }

    private MentorshipSession changeStatus(Repositories repos, Actor actor, long id, SessionStatus target) {
        MentorshipSession existing = require(repos, id);
        requireMayChange(repos, actor, existing);
        if (existing.status() == target) {
            return existing;
        }
        existing.requireMayBecome(target);
        return save(repos, existing.withStatus(target, target == SessionStatus.PUBLISHED ? tokens.next() : null));
    }

    /** Writes {@code changed} as the next revision of the stored session, changed now. */
    private MentorshipSession save(Repositories repos, MentorshipSession changed) {
        MentorshipSession updated = changed.revised(clock.instant());
        repos.sessions().update(updated);
        return updated;
    }

    /** Moves a start that falls in a daylight-saving gap forward, and says so. */
    static SessionDetails placeInZone(SessionDetails details, Location location, List<String> notices) {
        ResolvedStart start = ResolvedStart.of(details.localStart(), location.zone());
        if (!start.shifted()) {
            return details;
        }
        notices.add(start.message());
        return details.withLocalStart(start.start().toLocalDateTime());
    }

    private static MentorshipSession require(Repositories repos, long id) {
        return repos.sessions().findById(id).orElseThrow(() -> new NotFoundException("No session #" + id + "."));
    }

    private static void requireMayChange(Repositories repos, Actor actor, MentorshipSession session) {
        if (actor.actsForEveryone()) {
            return;
        }
        Person mentor = repos.people().findById(session.mentorId()).orElseThrow();
        if (!actor.mayScheduleFor(mentor)) {
            throw new InvalidInputException("Session #" + session.id() + " belongs to " + mentor.name()
                    + "; as a mentor you can only change your own sessions.");
        }
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        Map<Long, T> map = new HashMap<>();
        for (T item : items) {
            map.put(id.apply(item), item);
        }
        return map;
    }

    /**
     * Books a session for a mentee directly, as the editor's mentee field does: a draft is
     * published at once (with a notice). Booking the mentee who already has it changes nothing;
     * a session booked by someone else or a cancelled one is refused.
     */
    public SaveResult book(Actor actor, long id, long menteeId) {
        return storage.transact(repos -> {
            MentorshipSession existing = requireOpenForChange(repos, actor, id);
            Long booked = existing.details().menteeId();
            if (booked != null && booked == menteeId) {
                return new SaveResult(existing, List.of("Session #" + id + " was already booked by "
                        + personName(repos, booked) + "; nothing changed."));
            }
            if (booked != null) {
                throw new InvalidInputException("Session #" + id + " is already booked by " + personName(repos, booked)
                        + ": unbook it first, or book another session.");
            }
            return update(repos, actor, id, existing.details().withMentee(menteeId));
        });
    }

    /**
     * Takes the mentee off a session: it stays published, an open slot again with the same
     * booking link. A session without a mentee is left as it is (with a notice).
     */
    public SaveResult unbook(Actor actor, long id) {
        return storage.transact(repos -> {
            MentorshipSession existing = requireOpenForChange(repos, actor, id);
            if (!existing.details().hasMentee()) {
                return new SaveResult(existing, List.of("Session #" + id + " was not booked; nothing changed."));
            }
            return update(repos, actor, id, existing.details().withMentee(null));
        });
    }

    private static MentorshipSession requireOpenForChange(Repositories repos, Actor actor, long id) {
        MentorshipSession existing = require(repos, id);
        requireMayChange(repos, actor, existing);
        existing.requireChangeable();
        return existing;
    }

    private static String personName(Repositories repos, long personId) {
        return repos.people().findById(personId).map(Person::displayName).orElse("person #" + personId);
    }
}

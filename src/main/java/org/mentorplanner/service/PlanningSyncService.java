package org.mentorplanner.service;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.NotFoundException;
import org.mentorplanner.service.SessionFields.Field;
import org.mentorplanner.service.port.PlanningCopy;
import org.mentorplanner.service.port.PlanningOutbox;
import org.mentorplanner.service.port.Repositories;
import org.mentorplanner.service.port.Storage;
import org.mentorplanner.service.port.SyncConflict;

/**
 * Two-way sync of every session with a planning calendar (ADR 0018).
 *
 * <p>A sync pulls first: the changes since the stored sync token ({@code sync-collection}), or
 * the whole listing when the server has no such report or refuses the token; then the events
 * whose ETag differs from the last synced copy's, a hundred per {@code calendar-multiget}. Each
 * session is then merged field by field against its last synced copy (the base): a field changed
 * on one side takes that side's value, a field changed differently on both sides is a conflict
 * that overwrites neither side until the user keeps one ({@link #resolve}). An edit beats a
 * delete. Events and sessions are matched by UID, the session's {@code uid}.
 *
 * <p>Then it pushes as the team calendar does (ADR 0014): {@code If-None-Match: *} to create,
 * {@code If-Match} to change or delete, the copy recorded right after each accepted request, so
 * a sync that stops anywhere is finished by the next one. Events are compared by their fields,
 * never by text or ETag alone, so what a server rewrites (PRODID, DTSTAMP, the ETag) starts no
 * ping-pong; with nothing changed on either side a sync is one request.
 */
@Singleton
public class PlanningSyncService {

    /** The setting that remembers the planning calendar's URL. */
    static final String PLANNING_URL = "caldav.planning.url";
    /** Hrefs per {@code calendar-multiget}. */
    static final int BATCH = 100;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    private final Storage storage;
    private final Clock clock;
    private final SessionService sessions;
    private final CalendarServer server;
    private final PlanningFormat format;
    private final CalendarResourceFormat names;

    @Inject
    public PlanningSyncService(Storage storage, Clock clock, SessionService sessions, CalendarServer server,
                               PlanningFormat format, CalendarResourceFormat names) {
        this.storage = storage;
        this.clock = clock;
        this.sessions = sessions;
        this.server = server;
        this.format = format;
        this.names = names;
    }

    /** The planning calendar's URL remembered from the last sync, if any. */
    public Optional<String> planningUrl() {
        return storage.transact(repos -> repos.settings().get(PLANNING_URL));
    }

    /**
     * The account to sync the planning calendar with: {@code url}, else the remembered one; the
     * user name and password as given.
     *
     * @throws InvalidInputException when no URL is given or remembered, or it is not an http(s) link
     */
    public CalendarAccount account(String url, String user, String password) {
        String chosen = url != null ? url : planningUrl().orElseThrow(() -> new InvalidInputException(
                "No planning calendar is set up: give its CalDAV URL, like https://dav.example.org/calendars/team/planning/."));
        return new CalendarAccount(URI.create(SettingsService.checkCalendarUrl(chosen)), user, password);
    }

    /**
     * Syncs with the planning calendar of {@code account} and remembers its URL and user name once
     * the server accepted them.
     *
     * @throws CalendarServerException when the server cannot be used; what was done before is recorded
     */
    public PlanningSyncResult sync(CalendarAccount account, WorkProgress progress) {
        String key = account.collectionUrl();
        progress.update("Connecting to " + account.collection().getHost(), 0, 1);
        CalendarCollection collection = server.open(account);
        Optional<String> token = storage.transact(repos -> repos.planningSync().syncToken(key));
        if (token.isEmpty()) {
            collection.verify(); // a first sync says clearly when the URL is not a calendar
        }
        storage.transactVoid(repos -> {
            // Remembered once the server accepted them, as the team calendar's are (ADR 0015); one user per server.
            repos.settings().put(PLANNING_URL, key);
            if (!account.user().isEmpty()) {
                repos.settings().put(SettingsService.CALENDAR_USER, account.user());
            }
        });
        Run run = new Run(key, collection, progress);
        run.pull(token.orElse(null));
        run.plan();
        run.apply();
        String newToken = run.tokenIsStale ? null : run.newToken;
        storage.transactVoid(repos -> repos.planningSync().saveState(key, newToken, clock.instant()));
        progress.update("Synced", 1, 1);
        return new PlanningSyncResult(key, run.pulled, run.created, run.updated, run.deleted, run.conflicts, run.changes,
                run.problems);
    }

    /** The open conflicts with the remembered planning calendar, oldest first. */
    public List<SyncConflictView> conflicts() {
        return storage.transact(repos -> {
            Optional<String> url = repos.settings().get(PLANNING_URL);
            return url.isEmpty() ? List.<SyncConflictView>of() : conflicts(repos, url.get());
        });
    }

    private static List<SyncConflictView> conflicts(Repositories repos, String url) {
        List<SyncConflict> open = repos.planningSync().conflicts(url);
        Map<String, Long> ids = repos.planningSync().sessionIds(open.stream().map(SyncConflict::uid).toList());
        Map<Long, MentorshipSession> byId = new HashMap<>();
        repos.sessions().findByIds(ids.values()).forEach(session -> byId.put(session.id(), session));
        List<SyncConflictView> views = new ArrayList<>();
        for (SyncConflict conflict : open) {
            MentorshipSession session = byId.get(ids.get(conflict.uid()));
            if (session != null) {
                views.add(new SyncConflictView(session.id(), session.displayTitle(),
                        conflict.fields().stream().map(Field::valueOf).toList(),
                        SessionFields.fromText(conflict.mine()), SessionFields.fromText(conflict.theirs()), conflict.foundAt()));
            }
        }
        return views;
    }

    /** How many local changes wait for the next sync with the remembered planning calendar (0 when none is set up). */
    public int pendingChanges() {
        return storage.transact(repos -> repos.settings().get(PLANNING_URL)
                                              .map(url -> repos.planningSync().outbox(url).size()).orElse(0));
    }

    /** When the calendar at {@code url} was last synced to the end, if ever. */
    public Optional<Instant> lastSync(String url) {
        return storage.transact(repos -> repos.planningSync().lastSync(url));
    }

    /**
     * Ends a session's conflict by keeping one side for the conflicting fields; the fields only
     * one side changed keep that change. Keeping mine changes the server's event at the next sync;
     * keeping theirs changes the session here at once. Works offline.
     *
     * @return the session as it now is here
     * @throws NotFoundException     when there is no such session
     * @throws InvalidInputException when the session has no open conflict
     */
    public MentorshipSession resolve(long sessionId, boolean keepMine) {
        return storage.transact(repos -> {
            String url = repos.settings().get(PLANNING_URL).orElseThrow(() -> new InvalidInputException(
                    "Session #" + sessionId + " has no sync conflict: no planning calendar is set up."));
            MentorshipSession session = repos.sessions().findById(sessionId)
                                             .orElseThrow(() -> new NotFoundException("No session #" + sessionId + "."));
            SyncConflict conflict = repos.planningSync().conflicts(url).stream()
                                         .filter(c -> c.uid().equals(session.uid())).findFirst()
                                         .orElseThrow(() -> new InvalidInputException("Session #" + sessionId
                                                 + " has no sync conflict: nothing to resolve (sync status lists the conflicts)."));
            PlanningCopy copy = repos.planningSync().copy(url, conflict.uid()).orElse(null);
            SessionFields theirs = SessionFields.fromText(conflict.theirs());
            SessionFields mine = format.fields(sessions.describe(repos, List.of(session)).get(0));
            SessionFields base = copy != null && copy.isTaken() ? SessionFields.fromText(copy.base()) : theirs;
            SessionFields result = FieldMerge.of(base, mine, theirs).merged();
            for (String name : conflict.fields()) {
                Field field = Field.valueOf(name);
                result = result.with(field, keepMine ? mine.get(field) : theirs.get(field));
            }
            MentorshipSession now = session;
            if (!result.equals(mine)) {
                now = PulledSessions.build(repos, result, session, 0, session.uid(), clock.instant());
                repos.sessions().update(now);
            }
            // The server's event is the new base; the next sync writes the resolution there, which
            // also takes the conflict mark away, so the other planners see it resolved (ADR 0029).
            int synced = result.equals(theirs) ? PlanningCopy.PUSH_AGAIN : -1;
            repos.planningSync().saveCopy(new PlanningCopy(url, conflict.uid(), conflict.href(), conflict.etag(),
                    theirs.toText(), synced, null));
            repos.planningSync().deleteConflict(url, conflict.uid());
            return now;
        });
    }

    /** One sync's state: what the server changed, what to do per session, and the counts. */
    private final class Run {

        final String key;
        final CalendarCollection collection;
        final WorkProgress progress;

        final Map<String, PlanningCopy> copiesByUid = new HashMap<>();
        final Map<String, PlanningCopy> copiesByHref = new HashMap<>();
        /** Events changed on the server, by UID. */
        final Map<String, Remote> remote = new LinkedHashMap<>();
        /** UIDs of events deleted on the server. */
        final Set<String> removed = new LinkedHashSet<>();
        final List<Step> steps = new ArrayList<>();
        String newToken;
        /** A write found the server changed under it: the next pull lists everything again. */
        boolean tokenIsStale;

        int pulled;
        int created;
        int updated;
        int deleted;
        final List<String> conflicts = new ArrayList<>();
        final List<String> changes = new ArrayList<>();
        final List<String> problems = new ArrayList<>();

        Run(String key, CalendarCollection collection, WorkProgress progress) {
            this.key = key;
            this.collection = collection;
            this.progress = progress;
        }

        /** What changed on the server: one report (or listing), then the changed events in batches. */
        void pull(String token) {
            progress.update("Looking for changes", 0, 1);
            storage.transact(repos -> repos.planningSync().copies(key)).forEach(copy -> {
                copiesByUid.put(copy.uid(), copy);
                copiesByHref.put(copy.href(), copy);
            });
            Set<String> fetch = new LinkedHashSet<>();
            Set<String> gone = new LinkedHashSet<>();
            Optional<SyncReport> answer = collection.changesSince(token);
            boolean everything = token == null;
            if (answer.isEmpty() && token != null) {
                answer = collection.changesSince(null); // the token expired: everything, with a new token
                everything = true;
            }
            Optional<SyncReport> report = answer;
            if (report.isPresent()) {
                newToken = report.get().token();
                report.get().changed().forEach((href, etag) -> {
                    if (changed(copiesByHref.get(href), etag)) {
                        fetch.add(href);
                    }
                });
                report.get().removed().stream().filter(copiesByHref::containsKey).forEach(gone::add);
                if (everything) {
                    // Everything was listed: a copy not listed is gone.
                    copiesByHref.keySet().stream().filter(href -> !report.get().changed().containsKey(href)).forEach(gone::add);
                }
            } else {
                Map<String, String> all = collection.list();
                all.forEach((href, etag) -> {
                    if (changed(copiesByHref.get(href), etag)) {
                        fetch.add(href);
                    }
                });
                copiesByHref.keySet().stream().filter(href -> !all.containsKey(href)).forEach(gone::add);
            }
            // Events not taken last time (an unknown mentor, say) are tried again.
            copiesByHref.values().stream().filter(copy -> !copy.isTaken() && !gone.contains(copy.href()))
                        .forEach(copy -> fetch.add(copy.href()));
            gone.forEach(href -> removed.add(copiesByHref.get(href).uid()));
            List<String> hrefs = List.copyOf(fetch);
            for (int from = 0; from < hrefs.size(); from += BATCH) {
                progress.update("Reading changed events", from, hrefs.size());
                for (CalendarResource resource : collection.multiget(hrefs.subList(from, Math.min(hrefs.size(), from + BATCH)))) {
                    PulledEvent event = format.read(resource.calendarData());
                    if (event.uid() == null) {
                        problems.add(resource.href() + " was left on the server: it " + event.problem() + ".");
                        continue;
                    }
                    remote.put(event.uid(), new Remote(resource.href(), resource.etag(), event, resource.calendarData()));
                    removed.remove(event.uid()); // moved to another href
                }
            }
        }

        /** Whether the server's event may differ from the last synced copy. */
        private boolean changed(PlanningCopy copy, String etag) {
            return copy == null || !copy.isTaken() || etag == null || copy.etag() == null || !copy.etag().equals(etag);
        }

        /** Decides per session, in one read transaction. */
        void plan() {
            storage.transactVoid(repos -> {
                PlanningOutbox outbox = repos.planningSync().outbox(key);
                Map<String, SyncConflict> openConflicts = new HashMap<>();
                repos.planningSync().conflicts(key).forEach(c -> openConflicts.put(c.uid(), c));
                List<MentorshipSession> changedHere = repos.sessions().findByIds(outbox.changedSessionIds());
                Set<String> uids = new LinkedHashSet<>(remote.keySet());
                uids.addAll(removed);
                changedHere.forEach(session -> uids.add(session.uid()));
                outbox.deleted().forEach(copy -> uids.add(copy.uid()));
                Map<String, Long> ids = repos.planningSync().sessionIds(uids);
                Map<String, DescribedSession> local = new HashMap<>();
                sessions.describe(repos, repos.sessions().findByIds(ids.values()))
                        .forEach(view -> local.put(view.session().uid(), view));
                for (String uid : uids) {
                    Remote there = remote.get(uid);
                    if (openConflicts.containsKey(uid) && there != null && there.event.fields() != null && !there.event.isMarked()
                            && local.get(uid) != null && copiesByUid.get(uid) != null && copiesByUid.get(uid).isTaken()) {
                        resolvedElsewhere(uid, local.get(uid), copiesByUid.get(uid), there, openConflicts.get(uid));
                        continue;
                    }
                    if (openConflicts.containsKey(uid)) {
                        DescribedSession view = local.get(uid);
                        conflicts.add((view == null ? uid : describe(view)) + ": still in conflict; sync resolve "
                                + (view == null ? "ID" : view.id()) + " --keep mine|theirs");
                        continue;
                    }
                    decide(uid, local.get(uid), copiesByUid.get(uid), remote.get(uid), removed.contains(uid));
                }
            });
        }

        /**
         * A session in conflict here whose event came back without a mark: a planner kept one side
         * (ADR 0029). Its values win the conflicting fields; the others merge as usual.
         */
        private void resolvedElsewhere(String uid, DescribedSession local, PlanningCopy copy, Remote there, SyncConflict conflict) {
            SessionFields theirs = there.event.fields();
            SessionFields result = FieldMerge.of(SessionFields.fromText(copy.base()), format.fields(local), theirs).merged();
            for (String name : conflict.fields()) {
                Field field = Field.valueOf(name);
                result = result.with(field, theirs.get(field));
            }
            steps.add(new Step(Kind.RESOLVED, uid, local, copy, there, result, "resolved in another planner"));
        }

        private void decide(String uid, DescribedSession local, PlanningCopy copy, Remote there, boolean goneThere) {
            SessionFields base = copy != null && copy.isTaken() ? SessionFields.fromText(copy.base()) : null;
            boolean changedHere = local != null && (base == null || copy.syncedRevision() != local.session().revision());
            if (there != null && there.event.fields() == null) {
                problems.add(there.href + " was left on the server: it " + there.event.problem() + ".");
                if (local == null && base == null) {
                    steps.add(new Step(Kind.NOT_TAKEN, uid, null, copy, there, null, there.event.problem()));
                }
                return;
            }
            if (there != null) {
                SessionFields theirs = there.event.fields();
                if (local == null) {
                    if (base == null) {
                        steps.add(new Step(Kind.TAKE_NEW, uid, null, copy, there, theirs, null));
                    } else if (theirs.equals(base)) {
                        steps.add(new Step(Kind.DELETE_THERE, uid, null, copy, there, null, null));
                    } else {
                        steps.add(new Step(Kind.TAKE_NEW, uid, null, copy, there, theirs,
                                "deleted here but changed on the server, so it is back"));
                    }
                    return;
                }
                SessionFields mine = format.fields(local);
                if (base == null) {
                    // Ours already there without a copy: a sync stopped between its PUT and the bookkeeping.
                    steps.add(mine.equals(theirs) ? new Step(Kind.RECORD, uid, local, copy, there, mine, null)
                            : new Step(Kind.PUSH, uid, local, copy, there, mine, null));
                    return;
                }
                // A marked event carries another planner's side of a conflict (ADR 0029): merged against it.
                // A marked field is in conflict whatever this planner's base says, unless both already agree on it.
                FieldMerge merge = FieldMerge.of(base, mine, there.event.proposal());
                Set<Field> conflicting = new TreeSet<>(merge.conflicts());
                there.event.mark().forEach((field, value) -> {
                    if (!mine.get(field).equals(value)) {
                        conflicting.add(field);
                    }
                });
                if (!conflicting.isEmpty()) {
                    steps.add(new Step(there.event.isMarked() ? Kind.LEARN_CONFLICT : Kind.CONFLICT, uid, local, copy, there, mine,
                            String.join(",", conflicting.stream().map(Field::name).toList())));
                } else if (there.event.isMarked()) {
                    // No conflict here after all: the merge goes to the server, without the mark.
                    steps.add(merge.merged().equals(mine) ? new Step(Kind.PUSH, uid, local, copy, there, mine, null)
                            : new Step(Kind.TAKE, uid, local, copy, there, merge.merged(), null));
                } else if (merge.merged().equals(mine) && merge.merged().equals(theirs)) {
                    steps.add(new Step(Kind.RECORD, uid, local, copy, there, mine, null));
                } else if (merge.merged().equals(mine)) {
                    steps.add(new Step(Kind.PUSH, uid, local, copy, there, mine, null));
                } else {
                    steps.add(new Step(Kind.TAKE, uid, local, copy, there, merge.merged(), null));
                }
                return;
            }
            if (goneThere) {
                if (local == null) {
                    steps.add(new Step(Kind.FORGET, uid, null, copy, null, null, null));
                } else if (changedHere) {
                    steps.add(new Step(Kind.PUSH, uid, local, copy, null, format.fields(local),
                            "deleted on the server but changed here, so created again"));
                } else {
                    steps.add(new Step(Kind.DELETE_HERE, uid, local, copy, null, null, null));
                }
                return;
            }
            if (local == null) {
                if (base != null) {
                    steps.add(new Step(Kind.DELETE_THERE, uid, null, copy, null, null, null));
                }
            } else if (changedHere) {
                SessionFields mine = format.fields(local);
                steps.add(mine.equals(base) && copy.syncedRevision() != PlanningCopy.PUSH_AGAIN
                        ? new Step(Kind.RECORD, uid, local, copy, null, mine, null)
                        : new Step(Kind.PUSH, uid, local, copy, null, mine, null));
            }
        }

        /** Does each step: local ones in a transaction each, server ones followed by their bookkeeping. */
        void apply() {
            int done = 0;
            for (Step step : steps) {
                progress.update(step.kind.verb, done++, steps.size());
                try {
                    switch (step.kind) {
                        case TAKE_NEW, TAKE, RESOLVED -> take(step);
                        case PUSH -> push(step, step.local, step.fields);
                        case RECORD -> record(step);
                        case DELETE_THERE -> deleteThere(step);
                        case DELETE_HERE -> deleteHere(step);
                        case FORGET -> storage.transactVoid(repos -> repos.planningSync().deleteCopy(key, step.uid));
                        case CONFLICT -> conflict(step);
                        case LEARN_CONFLICT -> learnConflict(step);
                        case NOT_TAKEN -> storage.transactVoid(repos -> repos.planningSync().saveCopy(new PlanningCopy(key,
                                step.uid, step.there.href, step.there.etag, null, -1, step.note)));
                        default -> throw new IllegalStateException(step.kind.name());
                    }
                } catch (ResourceChangedException e) {
                    tokenIsStale = true;
                    changes.add("left for the next sync: " + title(step) + " changed on the server during this sync");
                }
            }
        }

        /** Writes the server's (or the merged) fields into the session here; pushes the merge when the server lacks part of it. */
        private void take(Step step) {
            Instant now = clock.instant();
            DescribedSession after;
            try {
                after = storage.transact(repos -> {
                    MentorshipSession existing = step.local == null ? null : step.local.session();
                    MentorshipSession session = PulledSessions.build(repos, step.fields, existing, step.there.event.sequence(),
                            step.uid, now);
                    MentorshipSession saved;
                    if (existing == null) {
                        saved = repos.sessions().insert(session);
                    } else {
                        repos.sessions().update(session);
                        saved = session;
                    }
                    DescribedSession view = sessions.describe(repos, List.of(saved)).get(0);
                    repos.planningSync().deleteConflict(key, step.uid); // one a planner resolved elsewhere
                    SessionFields theirs = step.there.event.fields();
                    // The base is the server's event; a merge that holds more than it is pushed below.
                    repos.planningSync().saveCopy(new PlanningCopy(key, step.uid, step.there.href, step.there.etag,
                            theirs.toText(), step.fields.equals(theirs) && !step.there.event.isMarked() ? saved.revision() : -1, null));
                    return view;
                });
            } catch (PulledSessions.Refused e) {
                problems.add(step.there.href + " was left on the server: " + e.getMessage() + ".");
                if (step.local == null) {
                    storage.transactVoid(repos -> repos.planningSync().saveCopy(new PlanningCopy(key, step.uid,
                            step.there.href, step.there.etag, null, -1, e.getMessage())));
                }
                return;
            }
            pulled++;
            changes.add((step.local == null ? "pulled new: " : "pulled: ") + describe(after)
                    + (step.note == null ? "" : " (" + step.note + ")"));
            if (!step.fields.equals(step.there.event.fields()) || step.there.event.isMarked()) {
                PlanningCopy copy = new PlanningCopy(key, step.uid, step.there.href, step.there.etag, null, -1, null);
                push(new Step(Kind.PUSH, step.uid, after, copy, step.there, step.fields, null), after, step.fields);
            }
        }

        private void push(Step step, DescribedSession view, SessionFields mine) {
            String body = format.planningObject(view);
            String href;
            String etag;
            boolean create = step.there == null && (step.copy == null || step.note != null);
            if (step.there != null) {
                href = step.there.href;
                etag = collection.update(href, step.there.etag, body);
            } else if (!create) {
                href = step.copy.href();
                etag = collection.update(href, step.copy.etag(), body);
            } else {
                href = step.copy != null ? step.copy.href() : collection.hrefOf(names.fileName(view.session()));
                try {
                    etag = collection.createUnique(href, body);
                } catch (ResourceChangedException e) {
                    // There already: an earlier sync stopped after its PUT. Take it over.
                    etag = collection.update(href, collection.etagOf(href), body);
                    create = false;
                } catch (UidTakenException e) {
                    // One resource per UID: the event lives elsewhere (another client put it there).
                    href = e.holder();
                    etag = collection.update(href, collection.etagOf(href), body);
                    create = false;
                }
            }
            if (etag == null) {
                etag = collection.etagOf(href);
            }
            String newEtag = etag;
            String newHref = href;
            storage.transactVoid(repos -> repos.planningSync().saveCopy(new PlanningCopy(key, step.uid, newHref, newEtag,
                    mine.toText(), view.session().revision(), null)));
            if (create) {
                created++;
            } else {
                updated++;
            }
            changes.add((create ? "created: " : "updated: ") + describe(view) + (step.note == null ? "" : " (" + step.note + ")"));
        }

        private void record(Step step) {
            String href = step.there != null ? step.there.href : step.copy.href();
            String etag = step.there != null ? step.there.etag : step.copy.etag();
            storage.transactVoid(repos -> repos.planningSync().saveCopy(new PlanningCopy(key, step.uid, href, etag,
                    step.fields.toText(), step.local.session().revision(), null)));
        }

        private void deleteThere(Step step) {
            String etag = step.there != null ? step.there.etag : step.copy.etag();
            collection.delete(step.copy.href(), etag);
            storage.transactVoid(repos -> repos.planningSync().deleteCopy(key, step.uid));
            deleted++;
            changes.add("deleted: " + step.copy.href().substring(step.copy.href().lastIndexOf('/') + 1));
        }

        private void deleteHere(Step step) {
            storage.transactVoid(repos -> {
                repos.sessions().delete(step.local.id());
                repos.planningSync().deleteCopy(key, step.uid);
            });
            pulled++;
            changes.add("pulled delete: " + describe(step.local));
        }

        /**
         * A conflict found here: the server's event gets this planner's values as a mark (its
         * fields stay as they are), so the other planners find the conflict too (ADR 0029); then
         * it is recorded with the marked event's ETag, which a later pull then skips.
         */
        private void conflict(Step step) {
            List<String> names = Arrays.asList(step.note.split(","));
            Map<Field, String> mine = new EnumMap<>(Field.class);
            names.forEach(name -> mine.put(Field.valueOf(name), step.fields.get(Field.valueOf(name))));
            String marked = collection.update(step.there.href, step.there.etag, format.marked(step.there.body, mine));
            String etag = marked != null ? marked : collection.etagOf(step.there.href);
            storage.transactVoid(repos -> {
                repos.planningSync().saveConflict(new SyncConflict(key, step.uid, names, step.fields.toText(),
                        step.there.event.fields().toText(), step.there.href, etag, clock.instant()));
                repos.planningSync().saveCopy(new PlanningCopy(key, step.uid, step.there.href, etag, step.copy.base(),
                        step.copy.syncedRevision(), null));
            });
            report(step, step.there.event.fields());
        }

        /** A conflict another planner found and marked on the event: recorded here too, with that planner's values as theirs. */
        private void learnConflict(Step step) {
            SessionFields theirs = step.there.event.proposal();
            storage.transactVoid(repos -> {
                repos.planningSync().saveConflict(new SyncConflict(key, step.uid, Arrays.asList(step.note.split(",")),
                        step.fields.toText(), theirs.toText(), step.there.href, step.there.etag, clock.instant()));
                repos.planningSync().saveCopy(new PlanningCopy(key, step.uid, step.there.href, step.there.etag,
                        step.copy.base(), step.copy.syncedRevision(), null));
            });
            report(step, theirs);
        }

        private void report(Step step, SessionFields theirs) {
            SyncConflictView view = new SyncConflictView(step.local.id(), step.local.session().displayTitle(),
                    Arrays.stream(step.note.split(",")).map(Field::valueOf).toList(), step.fields, theirs, clock.instant());
            conflicts.add(describe(step.local) + ": " + view.describe() + "; sync resolve " + step.local.id()
                    + " --keep mine|theirs");
        }

        private String title(Step step) {
            return step.local != null ? describe(step.local) : step.uid;
        }
    }

    /** "Career chat, Tue 1 Dec 2026 10:00 Europe/Berlin (session 12)". */
    private static String describe(DescribedSession view) {
        MentorshipSession session = view.session();
        return session.displayTitle() + ", " + WHEN.format(session.details().localStart()) + " " + session.zone().getId()
                + " (session " + session.id() + ")";
    }

    /** An event changed on the server. */
    private record Remote(String href, String etag, PulledEvent event, String body) {
    }

    private enum Kind {
        /** A session new to this planner, or back after a delete here. */
        TAKE_NEW("Pulling"),
        /** Changes from the server merged into a session here. */
        TAKE("Pulling"),
        /** The session's fields sent to the server. */
        PUSH("Pushing"),
        /** Both sides agree: only the bookkeeping changes. */
        RECORD("Checking"),
        DELETE_THERE("Deleting"),
        DELETE_HERE("Deleting"),
        /** Gone on both sides: only the bookkeeping goes. */
        FORGET("Checking"),
        CONFLICT("Checking"),
        /** A conflict another planner marked on the event: recorded here too. */
        LEARN_CONFLICT("Checking"),
        /** A conflict here that another planner resolved: its side taken for the conflicting fields. */
        RESOLVED("Pulling"),
        /** An event this planner cannot take: remembered, retried next time. */
        NOT_TAKEN("Checking");

        final String verb;

        Kind(String verb) {
            this.verb = verb;
        }
    }

    /**
     * One thing to do for one session.
     *
     * @param local  the session here, or {@code null}
     * @param copy   its last synced copy, or {@code null}
     * @param there  the server's changed event, or {@code null}
     * @param fields the fields to write (pushed, taken or recorded), or the local ones of a conflict
     * @param note   a reason to say, or for a conflict its field names
     */
    private record Step(Kind kind, String uid, DescribedSession local, PlanningCopy copy, Remote there, SessionFields fields,
                        String note) {
    }

    /**
     * The ids of the sessions with an open conflict on the remembered planning calendar (the grid
     * marks them); plain reads only, so the planner can ask while it opens.
     */
    public Set<Long> conflictedSessionIds() {
        return storage.transact(repos -> repos.settings().get(PLANNING_URL)
                .map(url -> repos.planningSync().conflictedSessionIds(url)).orElse(Set.of()));
    }
}

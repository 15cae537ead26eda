package org.mentorplanner.service;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Settings;
import org.mentorplanner.service.port.CalendarOutbox;
import org.mentorplanner.service.port.CalendarPush;
import org.mentorplanner.service.port.CalendarPushRepository;
import org.mentorplanner.service.port.Repositories;
import org.mentorplanner.service.port.Storage;

/**
 * Keeps a team calendar (one CalDAV collection) in step with the published sessions open to
 * the whole organisation: creates, updates and deletes their events (ADR 0014).
 *
 * <p>Sessions restricted to groups never go to the team calendar, because everyone with access
 * to it would see them. An event changed on the server since our last push is a conflict: it is
 * left as it is and reported, unless the request forces our version. An event deleted on the
 * server whose session is still published is created again.
 *
 * <p>The server is not transactional: each accepted request is recorded at once, in its own
 * transaction, and requests are conditional ({@code If-None-Match}/{@code If-Match}), so a sync
 * that stops halfway is finished by the next one without duplicates. Runs on any thread; store
 * work goes through {@link Storage}, network work between transactions.
 */
@Singleton
public class CalendarSyncService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    private final Storage storage;
    private final Clock clock;
    private final SessionService sessions;
    private final SettingsService settings;
    private final CalendarServer server;
    private final CalendarResourceFormat format;
    private final TeamBookings bookings;

    @Inject
    public CalendarSyncService(Storage storage, Clock clock, SessionService sessions, SettingsService settings,
                               CalendarServer server, CalendarResourceFormat format, TeamBookings bookings) {
        this.storage = storage;
        this.clock = clock;
        this.sessions = sessions;
        this.settings = settings;
        this.server = server;
        this.format = format;
        this.bookings = bookings;
    }

    /**
     * The account a request syncs with: its URL and user, or those in the settings.
     *
     * @throws InvalidInputException when no URL is given or set, or it is not a full http(s) link
     */
    public CalendarAccount account(CalendarSyncRequest request) {
        Settings stored = settings.settings();
        String url = request.url() != null ? request.url() : stored.calendarUrl().orElseThrow(() -> new InvalidInputException(
                "No team calendar is set up: give its CalDAV URL, like https://dav.example.org/calendars/team/mentoring/."));
        String user = request.user() != null ? request.user().strip() : stored.calendarUser().orElse("");
        return new CalendarAccount(URI.create(SettingsService.checkCalendarUrl(url)), user, request.password(),
                request.allowInsecureHttp());
    }

    /**
     * Runs one sync. A real run remembers the URL and user name in the settings once the server
     * has accepted them.
     *
     * @throws InvalidInputException   when the URL is missing or not an http(s) link
     * @throws CalendarServerException when the server cannot be used (unreachable, login refused,
     *                                 no such calendar); what was done before is recorded
     */
    public CalendarSyncResult sync(CalendarSyncRequest request, WorkProgress progress) {
        CalendarAccount account = account(request);
        progress.update("Connecting to " + account.collection().getHost(), 0, 1);
        CalendarCollection collection = server.open(account);
        String key = account.collectionUrl();
        Optional<String> token = storage.transact(repos -> repos.planningSync().syncToken(key));
        if (token.isEmpty()) {
            collection.verify(); // a first sync says clearly when the URL is not a calendar
        }
        if (!request.dryRun()) {
            settings.setTeamCalendar(account.collectionUrl(), account.user());
        }
        Listing listing = listing(collection, token);
        // With both sides able to say what changed (the server since the token, the sessions since
        // the mark), only that is read (ADR 0043); else every recorded resource and session is compared.
        Optional<Long> since = listing.complete() ? Optional.empty()
                : storage.transact(repos -> repos.calendarPushes().syncedMark(key));
        Map<String, CalendarPush> known = byHref(storage.transact(repos -> since.isPresent()
                ? repos.calendarPushes().findByHrefs(key, listing.named())
                : repos.calendarPushes().findAll(key)));
        TeamBookings.Outcome booked = bookings.take(collection, listing.onServer(known.values()), known.values(), request.dryRun());
        booked.recorded().forEach(push -> known.put(push.href(), push));
        Plan plan = storage.transact(repos -> readPlan(repos, collection, key, since, known, listing, request.force()));
        takeBackOurOwnWrites(collection, plan);
        CalendarSyncResult result = run(account, collection, plan, request, progress);
        if (!request.dryRun()) {
            // Conflicts left on the server must show again next time: the old token still lists them,
            // and the old mark still names their sessions.
            boolean clean = result.conflicts().isEmpty();
            String keep = clean ? listing.token() : token.orElse(null);
            storage.transactVoid(repos -> {
                repos.planningSync().saveState(key, keep, clock.instant());
                if (clean) {
                    repos.calendarPushes().saveSyncedMark(key, plan.mark);
                }
            });
        }
        List<String> changes = new ArrayList<>(booked.lines());
        changes.addAll(result.changes());
        return new CalendarSyncResult(result.collectionUrl(), result.dryRun(), result.created(), result.updated(),
                result.deleted(), result.unchanged(), result.conflicts(), changes, booked.booked());
    }

    /**
     * Reads what this sync must do, in one transaction: the outbox (of the sessions changed
     * {@code since} the mark, or of all), the recorded resources it concerns ({@code known}: those
     * read for the listing and the bookings, and the changed sessions' ones) and the sessions to
     * describe; then plans.
     */
    private Plan readPlan(Repositories repos, CalendarCollection collection, String key, Optional<Long> since,
                          Map<String, CalendarPush> known, Listing listing, boolean force) {
        long mark = repos.calendarPushes().changeMark();
        CalendarOutbox outbox;
        Map<String, CalendarPush> pushed = known;
        int unread = 0;
        if (since.isPresent()) {
            outbox = repos.calendarPushes().outboxSince(key, since.get());
            pushed = new LinkedHashMap<>(known);
            for (CalendarPush push : repos.calendarPushes().findChangedSince(key, since.get())) {
                pushed.put(push.href(), push);
            }
            // Not read: unchanged here since the mark, and not named by the server's changes.
            unread = repos.calendarPushes().count(key) - pushed.size();
        } else {
            outbox = repos.calendarPushes().outbox(key);
        }
        Map<String, String> onServer = listing.onServer(pushed.values());
        // Only the sessions with something to do are described: at 10,000 events, describing the
        // unchanged ones was most of a sync with nothing changed (bench/README.md).
        Set<Long> ids = new LinkedHashSet<>(outbox.sessionIdsToPush());
        outbox.toRemove().forEach(push -> ids.add(push.sessionId()));
        pushed.values().stream().filter(push -> onServer.get(push.href()) == null || changedOnServer(push, onServer.get(push.href())))
              .forEach(push -> ids.add(push.sessionId()));
        Map<Long, DescribedSession> views = new HashMap<>();
        sessions.describe(repos, repos.sessions().findByIds(ids)).forEach(view -> views.put(view.id(), view));
        Plan plan = plan(collection, outbox, pushed.values(), views, onServer, force);
        plan.unchanged += unread;
        plan.mark = mark;
        return plan;
    }

    private static Map<String, CalendarPush> byHref(List<CalendarPush> pushes) {
        Map<String, CalendarPush> found = new LinkedHashMap<>();
        pushes.forEach(push -> found.put(push.href(), push));
        return found;
    }

    /**
     * What the server holds. With a stored token one {@code sync-collection} report says what
     * changed since (ADR 0018); without one, or when the server refuses it or lacks the report,
     * the whole collection is listed.
     */
    private static Listing listing(CalendarCollection collection, Optional<String> token) {
        Optional<SyncReport> report = collection.changesSince(token.orElse(null));
        boolean everything = token.isEmpty();
        if (report.isEmpty() && token.isPresent()) {
            report = collection.changesSince(null);
            everything = true;
        }
        if (report.isEmpty()) {
            return new Listing(collection.list(), Set.of(), true, null);
        }
        Map<String, String> changed = new LinkedHashMap<>();
        report.get().changed().forEach((href, etag) -> changed.put(href, etag == null ? "" : etag));
        return new Listing(changed, report.get().removed(), everything, report.get().token());
    }

    /**
     * The server's resources as a listing tells them.
     *
     * @param changed  href to ETag: every resource when {@code complete}, else those changed since the token
     * @param removed  hrefs removed since the token
     * @param complete whether {@code changed} is the whole collection
     * @param token    the sync token that describes the server now ({@code null}: none)
     */
    private record Listing(Map<String, String> changed, Set<String> removed, boolean complete, String token) {

        /** The hrefs the listing names. */
        Set<String> named() {
            Set<String> named = new LinkedHashSet<>(changed.keySet());
            named.addAll(removed);
            return named;
        }

        /**
         * Href to the server's ETag for every resource listed, and, when the listing holds only
         * changes, for each of {@code recorded} it does not name: as our last write left it.
         */
        Map<String, String> onServer(Collection<CalendarPush> recorded) {
            if (complete) {
                return changed;
            }
            Map<String, String> onServer = new LinkedHashMap<>();
            // An ETag we did not get back (rare: the server sent none and had none to list) matches any.
            recorded.forEach(push -> onServer.put(push.href(), push.etag() == null ? "*" : push.etag()));
            onServer.putAll(changed);
            removed.forEach(onServer::remove);
            return onServer;
        }
    }

    /**
     * An event whose ETag changed on the server but which already holds exactly the event this
     * sync would write was changed by us: our last update reached the server and its answer was
     * lost (connection dropped, app closed). Its new ETag is recorded instead of reporting a
     * conflict. Any other difference stays a conflict. Reads the server, outside any transaction.
     */
    private void takeBackOurOwnWrites(CalendarCollection collection, Plan plan) {
        plan.steps.replaceAll(step -> step.action == Action.CONFLICT && plan.stillPublished.contains(step.href)
                && collection.get(step.href).filter(body -> format.holdsEvent(body, step.view)).isPresent()
                ? new Step(Action.RECORD, step.view, step.push, step.href, step.etag, null)
                : step);
    }

    /** Decides what each session and each recorded resource needs, comparing local state and the server's listing. */
    private Plan plan(CalendarCollection collection, CalendarOutbox outbox, Collection<CalendarPush> pushed,
                      Map<Long, DescribedSession> views, Map<String, String> onServer, boolean force) {
        Plan plan = new Plan();
        Set<String> removed = new LinkedHashSet<>();
        for (CalendarPush push : outbox.toRemove()) {
            removed.add(push.href());
            DescribedSession view = sameSession(views.get(push.sessionId()), push);
            String serverEtag = onServer.get(push.href());
            if (serverEtag == null) {
                plan.steps.add(new Step(Action.FORGET, view, push, push.href(), null, null));
            } else if (changedOnServer(push, serverEtag)) {
                plan.steps.add(force ? new Step(Action.DELETE, view, push, push.href(), serverEtag, "changed on the server; deleted anyway (forced)")
                        : new Step(Action.CONFLICT, view, push, push.href(), serverEtag,
                                "changed on the server since the last sync, so not deleted"));
            } else {
                plan.steps.add(new Step(Action.DELETE, view, push, push.href(), push.etag(), null));
            }
        }
        Map<Long, CalendarPush> kept = new HashMap<>();
        for (CalendarPush push : pushed) {
            if (!removed.contains(push.href())) {
                kept.put(push.sessionId(), push);
            }
        }
        Set<Long> candidates = new LinkedHashSet<>(outbox.sessionIdsToPush());
        candidates.addAll(kept.keySet());
        for (long id : candidates) {
            DescribedSession view = views.get(id);
            CalendarPush push = kept.get(id);
            if (view == null) {
                if (push != null && !outbox.sessionIdsToPush().contains(id)) {
                    plan.unchanged++; // pushed, unchanged here and on the server: not described
                }
                continue;
            }
            String href = push != null ? push.href() : collection.hrefOf(format.fileName(view.session()));
            String serverEtag = onServer.get(href);
            boolean newer = outbox.sessionIdsToPush().contains(id);
            if (push == null && serverEtag == null) {
                plan.steps.add(new Step(Action.CREATE, view, null, href, null, null));
            } else if (push == null) {
                // Our href, not recorded: an earlier sync stopped between the PUT and its bookkeeping.
                plan.steps.add(new Step(Action.UPDATE, view, null, href, serverEtag,
                        "already on the server from an interrupted sync; replaced"));
            } else if (serverEtag == null) {
                plan.steps.add(new Step(Action.CREATE, view, push, href, null, "deleted on the server; created again"));
            } else if (changedOnServer(push, serverEtag)) {
                plan.steps.add(force ? new Step(Action.UPDATE, view, push, href, serverEtag, "changed on the server; overwritten (forced)")
                        : new Step(Action.CONFLICT, view, push, href, serverEtag, "changed on the server since the last sync, so not overwritten"));
                plan.stillPublished.add(href);
            } else if (newer) {
                plan.steps.add(new Step(Action.UPDATE, view, push, href, push.etag() != null ? push.etag() : serverEtag, null));
            } else {
                plan.unchanged++;
            }
        }
        return plan;
    }

    private CalendarSyncResult run(CalendarAccount account, CalendarCollection collection, Plan plan,
                                   CalendarSyncRequest request, WorkProgress progress) {
        String key = account.collectionUrl();
        int created = 0;
        int updated = 0;
        int deleted = 0;
        int recorded = 0;
        List<String> conflicts = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        List<Step> work = plan.steps.stream().filter(step -> step.action != Action.CONFLICT).toList();
        int done = 0;
        for (Step step : plan.steps) {
            if (step.action == Action.CONFLICT) {
                conflicts.add(describe(step) + ": " + step.reason);
                continue;
            }
            progress.update(step.action.verb + " " + title(step), done, work.size());
            try {
                if (!request.dryRun()) {
                    apply(key, collection, step);
                }
                switch (step.action) {
                    case CREATE -> created++;
                    case UPDATE -> updated++;
                    case DELETE, FORGET -> deleted++;
                    case RECORD -> recorded++;
                    default -> throw new IllegalStateException(step.action.name());
                }
                if (step.action != Action.FORGET && step.action != Action.RECORD) {
                    changes.add(step.action.past(request.dryRun()) + " " + describe(step) + (step.reason == null ? "" : ": " + step.reason));
                }
            } catch (ResourceChangedException e) {
                conflicts.add(describe(step) + ": changed on the server during the sync, so left as it is there");
            }
            progress.update(step.action.verb + " " + title(step), ++done, work.size());
        }
        progress.update(request.dryRun() ? "Checked" : "Synced", work.size(), work.size());
        return new CalendarSyncResult(key, request.dryRun(), created, updated, deleted, plan.unchanged + recorded, conflicts, changes);
    }

    /** Sends one step and records it at once: the server is not part of our transaction. */
    private void apply(String key, CalendarCollection collection, Step step) {
        switch (step.action) {
            case CREATE, UPDATE -> {
                MentorshipSession session = step.view.session();
                // A booked session moved since its mentee accepted it waits for their new answer (ADR 0018).
                Instant accepted = !session.isBooked() ? null
                        : step.push == null || step.push.acceptedStart() == null ? session.startInstant() : step.push.acceptedStart();
                String body = format.calendarObject(step.view, accepted == null || accepted.equals(session.startInstant()));
                String href = step.href;
                String etag;
                if (step.action == Action.CREATE) {
                    try {
                        etag = collection.createUnique(href, body);
                    } catch (UidTakenException e) {
                        // One resource per UID (RFC 4791 409 no-uid-conflict): another client, or a
                        // planner on another database, already holds the event there. Take it over.
                        href = e.holder();
                        String held = collection.etagOf(href);
                        if (held == null) {
                            throw new ResourceChangedException(href + " went away on the server during the sync.");
                        }
                        etag = collection.update(href, held, body);
                    }
                } else {
                    etag = collection.update(href, step.etag, body);
                }
                if (etag == null) {
                    etag = collection.etagOf(href); // the server changed what we sent, or does not say
                }
                CalendarPush push = new CalendarPush(key, href, session.id(), session.createdAt(), etag,
                        session.revision(), clock.instant(), accepted);
                storage.transactVoid(repos -> {
                    if (!push.href().equals(step.href)) {
                        repos.calendarPushes().delete(key, step.href); // the event lives at the holder's href now
                    }
                    repos.calendarPushes().save(push);
                });
            }
            case DELETE -> {
                collection.delete(step.href, step.etag);
                storage.transactVoid(repos -> repos.calendarPushes().delete(key, step.href));
            }
            case FORGET -> storage.transactVoid(repos -> repos.calendarPushes().delete(key, step.href));
            case RECORD -> {
                MentorshipSession session = step.view.session();
                CalendarPush push = new CalendarPush(key, step.href, session.id(), session.createdAt(), step.etag,
                        session.revision(), clock.instant(), step.push == null ? null : step.push.acceptedStart());
                storage.transactVoid(repos -> repos.calendarPushes().save(push));
            }
            default -> throw new IllegalStateException(step.action.name());
        }
    }

    /** Whether the server's ETag is not the one our last write left; unknown (none sent) counts as ours. */
    private static boolean changedOnServer(CalendarPush push, String serverEtag) {
        return push.etag() != null && !push.etag().equals(serverEtag);
    }

    /** The view if it still shows the pushed session (not a later one that reuses its id). */
    private static DescribedSession sameSession(DescribedSession view, CalendarPush push) {
        return view != null && view.session().createdAt().equals(push.sessionCreatedAt()) ? view : null;
    }

    private static String title(Step step) {
        return step.view == null ? "a deleted session" : step.view.session().displayTitle();
    }

    /** "Career chat, Tue 1 Dec 2026 10:00 Europe/Berlin (session 12)". */
    private static String describe(Step step) {
        if (step.view == null) {
            return "a deleted session (" + step.href.substring(step.href.lastIndexOf('/') + 1) + ")";
        }
        MentorshipSession session = step.view.session();
        return session.displayTitle() + ", " + WHEN.format(session.details().localStart()) + " " + session.zone().getId()
                + " (session " + session.id() + ")";
    }

    /** How many local changes wait for the next sync with the remembered team calendar (0 when none is set up). */
    public int pendingChanges() {
        return storage.transact(repos -> SettingsService.read(repos.settings()).calendarUrl()
                .map(url -> {
                    CalendarPushRepository pushes = repos.calendarPushes();
                    CalendarOutbox outbox = pushes.syncedMark(url).map(mark -> pushes.outboxSince(url, mark))
                                                  .orElseGet(() -> pushes.outbox(url));
                    return outbox.sessionIdsToPush().size() + outbox.toRemove().size();
                }).orElse(0));
    }

    /** When the calendar at {@code url} was last synced to the end, if ever. */
    public Optional<Instant> lastSync(String url) {
        return storage.transact(repos -> repos.planningSync().lastSync(url));
    }

    private enum Action {
        CREATE("Creating", "created"),
        UPDATE("Updating", "updated"),
        DELETE("Deleting", "deleted"),
        /** The resource is already gone on the server: only the bookkeeping goes. */
        FORGET("Forgetting", "forgot"),
        /** The server already holds our event (our last update's answer was lost): only its ETag is recorded. */
        RECORD("Checking", "recorded"),
        CONFLICT("Checking", "left");

        final String verb;
        private final String past;

        Action(String verb, String past) {
            this.verb = verb;
            this.past = past;
        }

        String past(boolean dryRun) {
            return dryRun ? "would be " + past + ":" : past + ":";
        }
    }

    /**
     * One thing to do.
     *
     * @param view   the session, or {@code null} when it was deleted
     * @param push   its bookkeeping, or {@code null} when never recorded
     * @param etag   the ETag an update or delete is conditional on
     * @param reason why, when it is not the plain one; {@code null} otherwise
     */
    private record Step(Action action, DescribedSession view, CalendarPush push, String href, String etag, String reason) {
        Step {
            Objects.requireNonNull(action);
            Objects.requireNonNull(href);
        }
    }

    private static final class Plan {
        final List<Step> steps = new ArrayList<>();
        /** Hrefs of conflicts whose session is still published: the server may hold our own last update. */
        final Set<String> stillPublished = new LinkedHashSet<>();
        int unchanged;
        /** The newest change when the plan was read: every change up to it is in the plan. */
        long mark;
    }
}

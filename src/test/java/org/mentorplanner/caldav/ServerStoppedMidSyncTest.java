package org.mentorplanner.caldav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.export.ExportWorld;
import org.mentorplanner.service.CalendarAccount;
import org.mentorplanner.service.CalendarCollection;
import org.mentorplanner.service.CalendarResource;
import org.mentorplanner.service.CalendarServer;
import org.mentorplanner.service.CalendarServerException;
import org.mentorplanner.service.PlanningSyncResult;
import org.mentorplanner.service.PlanningSyncService;
import org.mentorplanner.service.PulledEvent;
import org.mentorplanner.service.SessionFields;
import org.mentorplanner.service.WorkProgress;
import org.mentorplanner.service.port.SessionQuery;
import org.mentorplanner.service.port.Storage;

/**
 * A real fault: the Radicale process is killed (SIGKILL) by another thread while a first sync of
 * 1,000 sessions is writing, with requests in flight, then started again on the same storage and
 * port. One sync finishes the job: every session on the server once, under one UID each, with
 * every field, and the sync after it is one request. Its own Radicale, since it stops the process.
 */
class ServerStoppedMidSyncTest {

    private static final int SESSIONS = 1_000;
    private static final int KILL_AFTER_WRITES = 300;

    @RegisterExtension
    static final RadicaleServer RADICALE = new RadicaleServer();

    @TempDir
    Path folder;

    private ExportWorld a;
    private URI calendar;

    @BeforeEach
    void setUp() throws Exception {
        calendar = RADICALE.newCalendar();
        Files.createDirectories(folder.resolve("a"));
        a = new ExportWorld(folder.resolve("a"));
    }

    @AfterEach
    void tearDown() {
        a.close();
    }

    @Test
    void theServerKilledInTheMiddleOfA1000SessionSyncIsFinishedByOneSyncOnceItIsBack() throws Exception {
        List<MentorshipSession> many = new ArrayList<>(SESSIONS);
        for (int i = 0; i < SESSIONS; i++) {
            SessionDetails details = a.inPerson(i % 2 == 0 ? a.ada : a.bob,
                    LocalDateTime.parse("2026-11-02T08:00").plusDays(i / 20).plusMinutes(30L * (i % 20)).toString(), "Chat " + i);
            many.add(new MentorshipSession(0, details, a.berlin.zone(), i % 3 == 0 ? SessionStatus.DRAFT : SessionStatus.PUBLISHED,
                    null, i % 3 == 0 ? null : "tok" + i, 0, ExportWorld.NOW, ExportWorld.NOW));
        }
        storage(a).transact(repos -> repos.sessions().insertAll(many));
        AtomicInteger accepted = new AtomicInteger();
        PlanningSyncService interrupted = service(a, account -> counted(new CalDavClient().open(account), accepted, true));

        // The sync writes on; another thread kills the server once enough PUTs were answered.
        CompletableFuture<PlanningSyncResult> first = CompletableFuture.supplyAsync(() -> interrupted.sync(account(), WorkProgress.none()));
        CompletableFuture<Void> killer = CompletableFuture.runAsync(() -> {
            try {
                while (accepted.get() < KILL_AFTER_WRITES && !first.isDone()) {
                    Thread.sleep(1);
                }
                RADICALE.kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        killer.get(5, TimeUnit.MINUTES);
        assertThatThrownBy(() -> first.get(5, TimeUnit.MINUTES)).hasCauseInstanceOf(CalendarServerException.class);
        int before = accepted.get();
        assertThat(before).isBetween(KILL_AFTER_WRITES, SESSIONS - 1);

        RADICALE.start();
        AtomicInteger requests = new AtomicInteger();
        PlanningSyncService again = service(a, account -> counted(new CalDavClient().open(account), requests, false));
        PlanningSyncResult finished = again.sync(account(), WorkProgress.none());

        assertThat(finished.conflicts()).isEmpty();
        assertThat(finished.problems()).isEmpty();
        // What the killed sync had written is taken over, not written twice.
        assertThat(finished.created() + finished.updated()).isBetween(SESSIONS - before - 1, SESSIONS - before);
        assertThat(again.pendingChanges()).isZero();
        Map<String, String> onServer = collection().list();
        assertThat(onServer).hasSize(SESSIONS);
        // Every session on the server once, under its own UID, with every field: nothing lost, nothing doubled.
        assertThat(eventsOnServer(onServer.keySet())).isEqualTo(fieldsByUid(a));

        // Converged: the next sync is one request.
        requests.set(0);
        PlanningSyncResult quiet = again.sync(account(), WorkProgress.none());
        assertThat(quiet.created() + quiet.updated() + quiet.pulled()).isZero();
        assertThat(requests.get()).isEqualTo(1);
    }

    /** The server's events by UID, as a planner reads them; fails on a UID held twice. */
    private Map<String, SessionFields> eventsOnServer(Set<String> hrefs) {
        List<String> all = List.copyOf(hrefs);
        Map<String, SessionFields> events = new HashMap<>();
        CalendarCollection collection = collection();
        PlanningEvents format = new PlanningEvents();
        for (int from = 0; from < all.size(); from += 100) {
            for (CalendarResource resource : collection.multiget(all.subList(from, Math.min(all.size(), from + 100)))) {
                PulledEvent event = format.read(resource.calendarData());
                assertThat(events.put(event.uid(), event.fields())).as("UID %s held twice", event.uid()).isNull();
            }
        }
        assertThat(events).hasSize(SESSIONS);
        return events;
    }

    private CalendarAccount account() {
        return new CalendarAccount(calendar, RadicaleServer.USER, RadicaleServer.PASSWORD);
    }

    private CalendarCollection collection() {
        return new CalDavClient(Duration.ofSeconds(5), Duration.ofSeconds(30)).open(account());
    }

    private static Storage storage(ExportWorld world) {
        return world.workspace.injector().getInstance(Storage.class);
    }

    private static PlanningSyncService service(ExportWorld world, CalendarServer server) {
        return new PlanningSyncService(storage(world), world.workspace.injector().getInstance(Clock.class), world.sessions,
                server, new PlanningEvents(), new CalDavResources());
    }

    private static Map<String, SessionFields> fieldsByUid(ExportWorld world) {
        Map<String, SessionFields> fields = new HashMap<>();
        PlanningEvents format = new PlanningEvents();
        world.sessions.describe(world.sessions.list(SessionQuery.all()))
                      .forEach(view -> fields.put(view.session().uid(), format.fields(view)));
        return fields;
    }

    /** Counts the requests the server answered: only the writes, or every request. */
    private static CalendarCollection counted(CalendarCollection real, AtomicInteger answered, boolean writesOnly) {
        return (CalendarCollection) Proxy.newProxyInstance(CalendarCollection.class.getClassLoader(),
                new Class<?>[] {CalendarCollection.class}, (proxy, method, args) -> {
                    try {
                        Object result = method.invoke(real, args);
                        boolean write = List.of("create", "createUnique", "update", "delete").contains(method.getName());
                        if (writesOnly ? write : !method.getName().equals("hrefOf")) {
                            answered.incrementAndGet();
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}

package org.mentorplanner.caldav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.export.ExportWorld;
import org.mentorplanner.export.SessionText;
import org.mentorplanner.service.CalendarAccount;
import org.mentorplanner.service.CalendarCollection;
import org.mentorplanner.service.CalendarServer;
import org.mentorplanner.service.CalendarServerException;
import org.mentorplanner.service.CalendarSyncRequest;
import org.mentorplanner.service.CalendarSyncResult;
import org.mentorplanner.service.CalendarSyncService;
import org.mentorplanner.service.SettingsService;
import org.mentorplanner.service.TeamBookings;
import org.mentorplanner.service.WorkProgress;
import org.mentorplanner.service.port.CalendarPush;
import org.mentorplanner.service.port.Storage;

/** Syncing the team calendar with a real CalDAV server (Radicale on 127.0.0.1). */
class CalendarSyncTest {

    @RegisterExtension
    static final RadicaleServer RADICALE = new RadicaleServer();

    @TempDir
    Path folder;

    private ExportWorld world;
    private Storage storage;
    private URI calendar;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void setUp() throws Exception {
        world = new ExportWorld(folder);
        storage = world.workspace.injector().getInstance(Storage.class);
        calendar = RADICALE.newCalendar();
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    @Test
    void firstSyncCreatesEveryPublishedSessionOpenToEveryoneWithItsUidAndZone() throws Exception {
        MentorshipSession berlin = world.publish(world.inPerson(world.ada, "2026-12-01T10:00", "Career chat"));
        MentorshipSession online = world.publish(world.online(world.bob, "2026-12-02T09:30", "Code review"));
        world.draft(world.inPerson(world.ada, "2026-12-03T10:00", "Draft"));
        world.publish(ExportWorld.restrictedTo(world.inPerson(world.bob, "2026-12-04T10:00", "Women in Tech only"), world.womenInTech));

        CalendarSyncResult result = sync(false);

        assertThat(result.created()).isEqualTo(2);
        assertThat(result.conflicts()).isEmpty();
        Map<String, VEvent> events = serverEvents();
        assertThat(events).containsOnlyKeys(SessionText.uid(berlin), SessionText.uid(online));
        VEvent chat = events.get(SessionText.uid(berlin));
        assertThat(chat.getSummary().orElseThrow().getValue()).isEqualTo("Career chat");
        Property start = chat.getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.getValue()).isEqualTo("20261201T100000");
        assertThat(start.getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Europe/Berlin");
        Property onlineStart = events.get(SessionText.uid(online)).getProperty(Property.DTSTART).orElseThrow();
        assertThat(onlineStart.getValue()).isEqualTo("20261202T093000");
        assertThat(onlineStart.getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("America/New_York");
        assertThat(pushes()).hasSize(2).allSatisfy(push -> assertThat(push.etag()).isNotBlank());
    }

    @Test
    void anEditUpdatesTheEventWithAGreaterSequence() throws Exception {
        MentorshipSession chat = world.publish(world.inPerson(world.ada, "2026-12-01T10:00", "Career chat"));
        world.publish(world.inPerson(world.ada, "2026-12-01T12:00", "Untouched"));
        sync(false);
        int before = sequence(serverEvents().get(SessionText.uid(chat)));

        SessionDetails moved = world.inPerson(world.ada, "2026-12-01T11:00", "Career chat, moved");
        world.sessions.update(Actor.owner(), chat.id(), moved);
        CalendarSyncResult result = sync(false);

        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.unchanged()).isEqualTo(1);
        VEvent event = serverEvents().get(SessionText.uid(chat));
        assertThat(event.getSummary().orElseThrow().getValue()).isEqualTo("Career chat, moved");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20261201T110000");
        assertThat(sequence(event)).isGreaterThan(before);
    }

    @Test
    void unpublishedCancelledAndDeletedSessionsAreDeletedFromTheServer() throws Exception {
        MentorshipSession unpublished = world.publish(world.inPerson(world.ada, "2026-12-01T10:00", "Unpublished"));
        MentorshipSession cancelled = world.publish(world.inPerson(world.ada, "2026-12-01T12:00", "Cancelled"));
        MentorshipSession deleted = world.publish(world.inPerson(world.ada, "2026-12-01T14:00", "Deleted"));
        MentorshipSession kept = world.publish(world.inPerson(world.ada, "2026-12-01T16:00", "Kept"));
        sync(false);

        world.sessions.unpublish(Actor.owner(), unpublished.id());
        world.sessions.cancel(Actor.owner(), cancelled.id());
        world.sessions.undoCreate(Actor.owner(), deleted.id());
        CalendarSyncResult result = sync(false);

        assertThat(result.deleted()).isEqualTo(3);
        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(serverEvents()).containsOnlyKeys(SessionText.uid(kept));
        assertThat(pushes()).extracting(CalendarPush::sessionId).containsExactly(kept.id());
    }

    @Test
    void aSecondSyncWithoutChangesOnlyReads() throws Exception {
        world.publish(world.inPerson(world.ada, "2026-12-01T10:00", "Career chat"));
        world.publish(world.online(world.bob, "2026-12-02T09:30", "Code review"));
        sync(false);
        List<CalendarPush> before = pushes();

        requests.set(0);
        CalendarSyncResult result = service(counting(new CalDavClient())).sync(request(false), WorkProgress.none());

        assertThat(result.unchanged()).isEqualTo(2);
        assertThat(result.created() + result.updated() + result.deleted()).isZero();
        assertThat(result.changes()).isEmpty();
        assertThat(requests).hasValue(1); // one sync-collection report with the stored token
        assertThat(pushes()).isEqualTo(before);
    }

    @Test
    void anEventChangedOnTheServerIsAConflictLeftAloneUnlessForced() throws Exception {
        MentorshipSession chat = world.publish(world.inPerson(world.ada, "2026-12-01T10:00", "Career chat"));
        sync(false);
        String href = pushes().get(0).href();
        RADICALE.put(calendar, href, RADICALE.get(calendar, href).replace("SUMMARY:Career chat", "SUMMARY:Moved by Bob"));
        world.sessions.update(Actor.owner(), chat.id(), world.inPerson(world.ada, "2026-12-01T10:00", "Career chat, new title"));

        CalendarSyncResult kept = sync(false);

        assertThat(kept.conflicts()).singleElement().asString()
                                    .contains("Career chat, new title", "Tue 1 Dec 2026 10:00 Europe/Berlin", "changed on the server");
        assertThat(kept.updated()).isZero();
        assertThat(summaryOnServer(chat)).isEqualTo("Moved by Bob");
        assertThat(sync(false).conflicts()).hasSize(1); // still left for the user

        CalendarSyncResult forced = sync(true);

        assertThat(forced.updated()).isEqualTo(1);
        assertThat(forced.conflicts()).isEmpty();
        assertThat(summaryOnServer(chat)).isEqualTo("Career chat, new title");
        assertThat(sync(false).unchanged()).isEqualTo(1);
    }

    @Test
    void anEventDeletedOnTheServerIsCreatedAgainAndReported() throws Exception {
        MentorshipSession chat = world.publish(world.inPerson(world.ada, "2026-12-01T10:00", "Career chat"));
        sync(false);
        RADICALE.delete(calendar, pushes().get(0).href());

        CalendarSyncResult result = sync(false);

        assertThat(result.created()).isEqualTo(1);
        assertThat(result.changes()).singleElement().asString().contains("Career chat", "deleted on the server");
        assertThat(serverEvents()).containsOnlyKeys(SessionText.uid(chat));
    }

    @Test
    void aWrongPasswordSaysSoAndRecordsNothing() {
        world.publish(world.inPerson(world.ada, "2026-12-01T10:00", "Career chat"));

        assertThatThrownBy(() -> service(new CalDavClient()).sync(
                new CalendarSyncRequest(calendar.toString(), RadicaleServer.USER, "wrong", false, false), WorkProgress.none()))
                .isInstanceOf(CalendarServerException.class)
                .hasMessageContaining("refused the login of alice: wrong user name or password");
        assertThat(pushes()).isEmpty();
        assertThat(world.workspace.service(SettingsService.class).settings().calendarUrl()).isEmpty();
    }

    @Test
    void aServerThatIsDownSaysSoAndKeepsEverythingLocal() throws Exception {
        world.publish(world.inPerson(world.ada, "2026-12-01T10:00", "Career chat"));
        String down = "http://127.0.0.1:" + RadicaleServer.freePort() + "/alice/team/";

        assertThatThrownBy(() -> service(new CalDavClient(Duration.ofSeconds(2), Duration.ofSeconds(2))).sync(
                new CalendarSyncRequest(down, RadicaleServer.USER, RadicaleServer.PASSWORD, false, false), WorkProgress.none()))
                .isInstanceOf(CalendarServerException.class)
                .hasMessageContaining("refused the connection")
                .hasMessageContaining("Keep working offline");
        List<CalendarPush> recorded = storage.transact(r -> r.calendarPushes().findAll(down));
        assertThat(recorded).isEmpty();
    }

    @Test
    void aUrlThatIsNoCalendarSaysWhat() throws Exception {
        URI missing = calendar.resolve("../no-such-calendar/");
        assertThatThrownBy(() -> sync(missing, false)).hasMessageContaining("There is no calendar at " + missing);
        URI userFolder = calendar.resolve("../");
        assertThatThrownBy(() -> sync(userFolder, false)).hasMessageContaining(userFolder + " is on the server but is not a calendar");
    }

    @Test
    void aSyncThatStopsHalfwayIsFinishedByTheNextWithoutDuplicates() throws Exception {
        for (int day = 1; day <= 5; day++) {
            world.publish(world.inPerson(world.ada, "2026-12-0" + day + "T10:00", "Session " + day));
        }
        // The third write reaches the server, then the connection drops before its answer is recorded.
        CalendarServer failing = account -> failAfterWrites(new CalDavClient().open(account), 3);
        assertThatThrownBy(() -> service(failing).sync(request(false), WorkProgress.none()))
                .isInstanceOf(CalendarServerException.class).hasMessageContaining("connection lost");
        assertThat(pushes()).hasSize(2);
        assertThat(serverEvents()).hasSize(3);

        CalendarSyncResult finished = sync(false);

        assertThat(finished.conflicts()).isEmpty();
        assertThat(finished.created() + finished.updated()).isEqualTo(3);
        assertThat(finished.unchanged()).isEqualTo(2);
        assertThat(RADICALE.get(calendar, "").split("BEGIN:VEVENT", -1)).hasSize(6); // 5 events, one each
        assertThat(serverEvents()).hasSize(5);
        assertThat(pushes()).hasSize(5);
        assertThat(sync(false).unchanged()).isEqualTo(5);
    }

    @Test
    void anUpdateWhoseAnswerWasLostIsNoConflictNextTime() throws Exception {
        MentorshipSession chat = world.publish(world.inPerson(world.ada, "2026-12-01T10:00", "Career chat"));
        sync(false);
        world.sessions.update(Actor.owner(), chat.id(), world.inPerson(world.ada, "2026-12-01T11:00", "Career chat, moved"));
        // The update reaches the server, then the connection drops before its answer is recorded.
        CalendarServer failing = account -> failAfterWrites(new CalDavClient().open(account), 1);
        assertThatThrownBy(() -> service(failing).sync(request(false), WorkProgress.none()))
                .isInstanceOf(CalendarServerException.class).hasMessageContaining("connection lost");
        assertThat(summaryOnServer(chat)).isEqualTo("Career chat, moved");

        CalendarSyncResult next = sync(false);

        assertThat(next.conflicts()).as("the server holds our own update").isEmpty();
        assertThat(next.updated()).isZero();
        assertThat(next.unchanged()).isEqualTo(1);
        assertThat(pushes()).singleElement().satisfies(push -> assertThat(push.etag()).isNotNull());
        world.sessions.update(Actor.owner(), chat.id(), world.inPerson(world.ada, "2026-12-01T12:00", "Career chat, moved again"));
        CalendarSyncResult later = sync(false);
        assertThat(later.updated()).as("a later edit is a plain update again").isEqualTo(1);
        assertThat(later.conflicts()).isEmpty();
        assertThat(summaryOnServer(chat)).isEqualTo("Career chat, moved again");
    }

    @Test
    void aDryRunSaysWhatWouldChangeAndWritesNothing() throws Exception {
        world.publish(world.inPerson(world.ada, "2026-12-01T10:00", "Career chat"));

        CalendarSyncResult result = sync(calendar, false, true);

        assertThat(result.created()).isEqualTo(1);
        assertThat(result.changes()).singleElement().asString().startsWith("would be created: Career chat");
        assertThat(serverEvents()).isEmpty();
        assertThat(pushes()).isEmpty();
        assertThat(world.workspace.service(SettingsService.class).settings().calendarUrl()).isEmpty();
    }

    private CalendarSyncResult sync(boolean force) {
        return sync(calendar, force);
    }

    private CalendarSyncResult sync(URI collection, boolean force) {
        return sync(collection, force, false);
    }

    private CalendarSyncResult sync(URI collection, boolean force, boolean dryRun) {
        return world.workspace.service(CalendarSyncService.class).sync(
                new CalendarSyncRequest(collection.toString(), RadicaleServer.USER, RadicaleServer.PASSWORD, dryRun, force),
                WorkProgress.none());
    }

    private CalendarSyncRequest request(boolean force) {
        return new CalendarSyncRequest(calendar.toString(), RadicaleServer.USER, RadicaleServer.PASSWORD, false, force);
    }

    private CalendarSyncService service(CalendarServer server) {
        return new CalendarSyncService(storage, world.workspace.injector().getInstance(Clock.class),
                world.sessions, world.workspace.service(SettingsService.class), server, new CalDavResources(),
                world.workspace.service(TeamBookings.class));
    }

    private List<CalendarPush> pushes() {
        return storage.transact(r -> r.calendarPushes().findAll(calendar.toString()));
    }

    /** The events on the server by UID, each resource parsed by ical4j. */
    private Map<String, VEvent> serverEvents() throws Exception {
        CalendarCollection collection = new CalDavClient().open(new CalendarAccount(calendar, RadicaleServer.USER, RadicaleServer.PASSWORD));
        Map<String, VEvent> events = new HashMap<>();
        for (String href : collection.list().keySet()) {
            Calendar parsed = new CalendarBuilder().build(new StringReader(RADICALE.get(calendar, href)));
            assertThat(parsed.validate().hasErrors()).as(parsed.validate().toString()).isFalse();
            List<VEvent> inResource = parsed.getComponents(VEvent.VEVENT);
            assertThat(inResource).hasSize(1);
            VEvent event = inResource.get(0);
            assertThat(events.put(event.getUid().orElseThrow().getValue(), event)).as("UID twice on the server").isNull();
        }
        return events;
    }

    private String summaryOnServer(MentorshipSession session) throws Exception {
        return serverEvents().get(SessionText.uid(session)).getSummary().orElseThrow().getValue();
    }

    private static int sequence(VEvent event) {
        return Integer.parseInt(event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }

    /** Counts every request the collection sends. */
    private CalendarServer counting(CalendarServer real) {
        return account -> {
            CalendarCollection collection = real.open(account);
            return (CalendarCollection) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {CalendarCollection.class}, (proxy, method, args) -> {
                        if (!method.getName().equals("hrefOf")) {
                            requests.incrementAndGet();
                        }
                        return invoke(method, collection, args);
                    });
        };
    }

    /** Passes requests through; the {@code n}th create, update or delete reaches the server, then fails as if the connection dropped. */
    private static CalendarCollection failAfterWrites(CalendarCollection collection, int n) {
        AtomicInteger writes = new AtomicInteger();
        return (CalendarCollection) Proxy.newProxyInstance(CalendarSyncTest.class.getClassLoader(),
                new Class<?>[] {CalendarCollection.class}, (proxy, method, args) -> {
                    Object result = invoke(method, collection, args);
                    if (List.of("create", "createUnique", "update", "delete").contains(method.getName()) && writes.incrementAndGet() == n) {
                        throw new CalendarServerException("connection lost");
                    }
                    return result;
                });
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

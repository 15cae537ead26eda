package org.mentorplanner.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.caldav.CalDavClient;
import org.mentorplanner.caldav.RadicaleServer;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.service.CalendarAccount;
import org.mentorplanner.service.CalendarCollection;
import org.mentorplanner.service.CalendarResourceFormat;
import org.mentorplanner.service.CalendarServer;
import org.mentorplanner.service.DescribedSession;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.PlanningFormat;
import org.mentorplanner.service.PlanningSyncResult;
import org.mentorplanner.service.PlanningSyncService;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.WorkProgress;
import org.mentorplanner.service.port.SessionQuery;
import org.mentorplanner.service.port.Storage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The planning calendar's sync against a local Radicale (ADR 0018), each beside the bare HTTP
 * work it cannot avoid:
 *
 * <ul>
 *   <li>{@code firstPush} vs {@code barePuts}: the first sync of {@code sessions} sessions to an
 *       empty calendar, against a loop of the same PUTs (same bodies, {@code If-None-Match: *})
 *       with {@code java.net.http}. A fresh calendar per invocation (single shot).</li>
 *   <li>{@code noChangeSync} vs {@code bareSyncCollection}: a sync with nothing changed on either
 *       side, with all the sessions on the server, against one bare {@code sync-collection} REPORT
 *       with the same token. The set-up checks that such a sync sends exactly one request.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dnet.fortuna.ical4j.timezone.update.enabled=false"})
public class PlanningSyncBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");

    @Param("1000")
    public int sessions;

    private final RadicaleServer radicale = new RadicaleServer();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicInteger requests = new AtomicInteger();
    private Path folder;
    private GuiceWorkspace workspace;
    private PlanningSyncService service;
    private List<String> bodies;
    private URI synced;
    private String syncedToken;
    private URI fresh;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        radicale.beforeAll(null);
        folder = Files.createTempDirectory("planning-sync-bench");
        workspace = GuiceWorkspace.open(folder.resolve("planner.db"), Clock.fixed(NOW, ZoneOffset.UTC));
        DirectoryService directory = workspace.service(DirectoryService.class);
        List<Person> mentors = new ArrayList<>();
        for (int m = 0; m < 20; m++) {
            mentors.add(directory.savePerson(new DirectoryService.PersonInput("mentor" + m + "@example.org", "Mentor " + m,
                    Set.of(Role.MENTOR), Set.of())));
        }
        Location berlin = directory.saveLocation(new DirectoryService.LocationInput("Berlin office", "Europe/Berlin", "in-person"));
        List<MentorshipSession> all = new ArrayList<>(sessions);
        for (int i = 0; i < sessions; i++) {
            SessionDetails details = new SessionDetails(mentors.get(i % 20).id(), null, berlin.id(),
                    LocalDateTime.of(2026, 11, 2, 8, 0).plusDays(i / 40).plusMinutes(15L * (i % 40)), Duration.ofMinutes(45),
                    EnrollmentMethod.IN_PERSON, null, "Room " + (i % 12), Set.of(), "Career chat " + i,
                    i % 4 == 0 ? "Bring your CV.\nWe'll look at your goals." : "");
            all.add(new MentorshipSession(0, details, berlin.zone(), i % 3 == 0 ? SessionStatus.DRAFT : SessionStatus.PUBLISHED,
                    null, i % 3 == 0 ? null : "tok" + i, 0, NOW, NOW));
        }
        Storage storage = workspace.injector().getInstance(Storage.class);
        storage.transact(repos -> repos.sessions().insertAll(all));
        SessionService sessionService = workspace.service(SessionService.class);
        PlanningFormat format = workspace.injector().getInstance(PlanningFormat.class);
        List<DescribedSession> views = sessionService.describe(sessionService.list(SessionQuery.all()));
        bodies = views.stream().map(format::planningObject).toList();
        CalDavClient client = new CalDavClient();
        CalendarServer counting = account -> counted(client.open(account));
        service = new PlanningSyncService(storage, workspace.injector().getInstance(Clock.class), sessionService, counting,
                format, workspace.injector().getInstance(CalendarResourceFormat.class));

        synced = radicale.newCalendar();
        sync(synced);
        requests.set(0);
        PlanningSyncResult quiet = sync(synced);
        if (requests.get() != 1 || quiet.created() + quiet.updated() + quiet.pulled() != 0) {
            throw new IllegalStateException("a sync with nothing changed sent " + requests.get() + " requests: " + quiet.summary());
        }
        System.out.println("\nNo-change sync of " + sessions + " events: " + requests.get() + " request.");
        syncedToken = workspace.injector().getInstance(Storage.class)
                               .transact(repos -> repos.planningSync().syncToken(synced.toString())).orElseThrow();
    }

    /** An empty calendar for each single shot of a first push. */
    @Setup(Level.Invocation)
    public void freshCalendar() throws Exception {
        fresh = radicale.newCalendar();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        workspace.close();
        radicale.afterAll(null);
    }

    @Benchmark
    public PlanningSyncResult firstPush() {
        return sync(fresh);
    }

    @Benchmark
    public int barePuts() throws Exception {
        int created = 0;
        for (int i = 0; i < bodies.size(); i++) {
            HttpRequest put = authorized(HttpRequest.newBuilder(fresh.resolve("bare-" + i + ".ics")))
                    .header("If-None-Match", "*").header("Content-Type", "text/calendar; charset=utf-8")
                    .PUT(HttpRequest.BodyPublishers.ofString(bodies.get(i), StandardCharsets.UTF_8)).build();
            created += send(put).statusCode() == 201 ? 1 : 0;
        }
        return created;
    }

    @Benchmark
    public PlanningSyncResult noChangeSync() {
        return sync(synced);
    }

    @Benchmark
    public String bareSyncCollection() throws Exception {
        String body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><d:sync-collection xmlns:d=\"DAV:\"><d:sync-token>" + syncedToken
                + "</d:sync-token><d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>";
        HttpRequest report = authorized(HttpRequest.newBuilder(synced)).header("Depth", "0")
                .header("Content-Type", "application/xml; charset=utf-8")
                .method("REPORT", HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return send(report).body();
    }

    private PlanningSyncResult sync(URI calendar) {
        return service.sync(new CalendarAccount(calendar, RadicaleServer.USER, RadicaleServer.PASSWORD), WorkProgress.none());
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return BareRadicale.authorized(request);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return BareRadicale.send(http, request);
    }

    private CalendarCollection counted(CalendarCollection real) {
        return BareRadicale.counted(real, requests);
    }
}

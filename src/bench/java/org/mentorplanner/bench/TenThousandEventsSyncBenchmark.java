package org.mentorplanner.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.mentorplanner.service.CalendarSyncRequest;
import org.mentorplanner.service.CalendarSyncResult;
import org.mentorplanner.service.CalendarSyncService;
import org.mentorplanner.service.DescribedSession;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.PlanningFormat;
import org.mentorplanner.service.PlanningSyncResult;
import org.mentorplanner.service.PlanningSyncService;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.SettingsService;
import org.mentorplanner.service.TeamBookings;
import org.mentorplanner.service.WorkProgress;
import org.mentorplanner.service.port.CalendarPush;
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
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sync with 10,000 events in each calendar on a local Radicale, each beside the bare HTTP work it
 * cannot avoid (issue 11):
 *
 * <ul>
 *   <li>{@code noChangePlanning} / {@code noChangeTeam} vs {@code bareSyncCollectionPlanning} /
 *       {@code bareSyncCollectionTeam}: a sync with nothing changed on either side (checked to be
 *       one request per calendar) against one bare {@code sync-collection} REPORT with the same
 *       token.</li>
 *   <li>{@code pull100} vs {@code barePull100}: 100 events among the 10,000 changed on the server
 *       (their files rewritten in Radicale's storage, as another tool would), then a planning sync
 *       that takes them (one {@code sync-collection}, one multiget, 100 sessions updated here)
 *       against one bare {@code sync-collection} plus one {@code calendar-multiget} of the same
 *       hrefs.</li>
 * </ul>
 *
 * <p>The 10,000 events of each calendar are written as {@code .ics} files straight into
 * Radicale's storage folder before it starts (loading them over HTTP takes Radicale about 15
 * minutes: every PUT checks the UID against every item). The planner then syncs the planning
 * calendar once (it finds its own events there and only records them) and records the team
 * calendar's events from one listing, as a finished first push would have.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
// The first iteration includes the set-up: Radicale reads and caches 20,000 new files (minutes).
@Timeout(time = 60, timeUnit = TimeUnit.MINUTES)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dnet.fortuna.ical4j.timezone.update.enabled=false"})
public class TenThousandEventsSyncBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");
    private static final Pattern HREF = Pattern.compile("<(?:[A-Za-z]+:)?href>([^<]+)</(?:[A-Za-z]+:)?href>");
    private static final Pattern TOKEN = Pattern.compile("<(?:[A-Za-z]+:)?sync-token>([^<]+)</(?:[A-Za-z]+:)?sync-token>");

    @Param("10000")
    public int events;

    private final RadicaleServer radicale = new RadicaleServer();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicInteger requests = new AtomicInteger();
    private Path folder;
    private GuiceWorkspace workspace;
    private Storage storage;
    private PlanningSyncService planning;
    private CalendarSyncService team;
    private URI planningUrl;
    private URI teamUrl;
    private Path planningFolder;
    /** The planning calendar's files as last written, by file name. */
    private final Map<String, String> planningFiles = new LinkedHashMap<>();
    private int round;
    /** Where the first trial leaves its loaded storage and planner file for the later ones; {@code null} in those. */
    private Path saveTo;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        folder = Files.createTempDirectory("sync-10k-bench");
        Path template = Path.of("target", "bench-sync-" + events);
        boolean reuse = Files.exists(template.resolve("ready"));
        if (reuse) {
            // A later trial (JMH runs each benchmark in its own): the loaded and cached storage and
            // the planner's file from the first one, on the same port, since the stored URLs name it.
            copy(template.resolve("planner"), folder);
            radicale.prepare(Integer.parseInt(Files.readString(template.resolve("port")).strip()));
            copy(template.resolve("collections"), radicale.storageRoot());
        }
        workspace = GuiceWorkspace.open(folder.resolve("planner.db"), Clock.fixed(NOW, ZoneOffset.UTC));
        DirectoryService directory = workspace.service(DirectoryService.class);
        storage = workspace.injector().getInstance(Storage.class);
        SessionService sessions = workspace.service(SessionService.class);
        PlanningFormat format = workspace.injector().getInstance(PlanningFormat.class);
        CalendarResourceFormat resources = workspace.injector().getInstance(CalendarResourceFormat.class);
        Clock clock = workspace.injector().getInstance(Clock.class);
        CalDavClient client = new CalDavClient(Duration.ofSeconds(10), Duration.ofSeconds(600));
        CalendarServer counting = account -> counted(client.open(account));
        planning = new PlanningSyncService(storage, clock, sessions, counting, format, resources);
        team = new CalendarSyncService(storage, clock, sessions, workspace.service(SettingsService.class), counting, resources,
                new TeamBookings(storage, sessions, directory, format));
        if (reuse) {
            planningFolder = radicale.storageOf("planning");
            try (var files = Files.list(planningFolder)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".ics")).sorted().toList()) {
                    planningFiles.put(file.getFileName().toString(), Files.readString(file));
                }
            }
            radicale.start();
            planningUrl = radicale.calendarUrl("planning");
            teamUrl = radicale.calendarUrl("team");
        } else {
            load(directory, sessions, format, resources, client);
            saveTo = template; // at the end of this trial, for the next ones
        }
        for (String which : List.of("planning", "team")) {
            requests.set(0);
            int changed = which.equals("planning") ? changes(planning.sync(planningAccount(), WorkProgress.none())) : changes(syncTeam());
            if (requests.get() != 1 || changed != 0) {
                throw new IllegalStateException("a " + which + " sync with nothing changed sent " + requests.get() + " requests");
            }
            System.out.println("No-change " + which + " sync of " + events + " events: 1 request.");
        }
    }

    /** The first trial: 10,000 sessions, their events written into Radicale's storage, the first syncs. */
    private void load(DirectoryService directory, SessionService sessions, PlanningFormat format, CalendarResourceFormat resources,
                      CalDavClient client) throws Exception {
        List<Person> mentors = new ArrayList<>();
        for (int m = 0; m < 20; m++) {
            mentors.add(directory.savePerson(new DirectoryService.PersonInput("mentor" + m + "@example.org", "Mentor " + m,
                    Set.of(Role.MENTOR), Set.of())));
        }
        Location berlin = directory.saveLocation(new DirectoryService.LocationInput("Berlin office", "Europe/Berlin", "in-person"));
        List<MentorshipSession> all = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            SessionDetails details = new SessionDetails(mentors.get(i % 20).id(), null, berlin.id(),
                    LocalDateTime.of(2026, 11, 2, 8, 0).plusDays(i / 40).plusMinutes(15L * (i % 40)), Duration.ofMinutes(45),
                    EnrollmentMethod.IN_PERSON, null, "Room " + (i % 12), Set.of(), "Career chat " + i,
                    i % 4 == 0 ? "Bring your CV.\nWe'll look at your goals." : "");
            // Every session published and open to all, so the team calendar holds 10,000 events too.
            all.add(new MentorshipSession(0, details, berlin.zone(), SessionStatus.PUBLISHED, null, "tok" + i, 0, NOW, NOW));
        }
        storage.transact(repos -> repos.sessions().insertAll(all));
        List<DescribedSession> views = sessions.describe(sessions.list(SessionQuery.all()));

        radicale.prepare();
        planningFolder = radicale.storageOf("planning");
        Path teamFolder = radicale.storageOf("team");
        Map<String, DescribedSession> byFile = new HashMap<>();
        for (DescribedSession view : views) {
            String name = resources.fileName(view.session());
            byFile.put(name, view);
            String body = format.planningObject(view);
            planningFiles.put(name, body);
            Files.writeString(planningFolder.resolve(name), body);
            Files.writeString(teamFolder.resolve(name), resources.calendarObject(view, true));
        }
        long started = System.nanoTime();
        radicale.start();
        planningUrl = radicale.calendarUrl("planning");
        teamUrl = radicale.calendarUrl("team");

        // The planning calendar: the planner finds its own events there and records them, sending nothing.
        PlanningSyncResult first = planning.sync(planningAccount(), WorkProgress.none());
        if (first.created() + first.updated() + first.pulled() != 0 || !first.problems().isEmpty()) {
            throw new IllegalStateException("the first sync with the loaded planning calendar changed something: " + first.summary());
        }
        // The team calendar: recorded from one listing, as a finished first push leaves it.
        CalendarCollection teamCollection = client.open(teamAccount());
        Map<String, String> listed = teamCollection.list();
        String key = teamAccount().collectionUrl();
        storage.transactVoid(repos -> listed.forEach((href, etag) -> {
            MentorshipSession session = byFile.get(href.substring(href.lastIndexOf('/') + 1)).session();
            repos.calendarPushes().save(new CalendarPush(key, href, session.id(), session.createdAt(), etag, session.revision(),
                    NOW, null));
        }));
        CalendarSyncResult teamFirst = syncTeam();
        if (teamFirst.created() + teamFirst.updated() + teamFirst.deleted() != 0 || listed.size() != events) {
            throw new IllegalStateException("the team calendar did not load as expected: " + listed.size() + " events, "
                    + teamFirst.created() + " created, " + teamFirst.updated() + " updated");
        }
        System.out.printf("%nLoaded %d events into each calendar; Radicale's first answers and the first syncs took %d s.%n",
                events, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }

    /** Copies a folder tree (the server idle, the planner's file with its WAL). */
    private static void copy(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        if (saveTo != null) {
            planning.sync(planningAccount(), WorkProgress.none());
            syncTeam();
            workspace.close();
            Files.createDirectories(saveTo);
            copy(radicale.storageRoot(), saveTo.resolve("collections"));
            copy(folder, saveTo.resolve("planner"));
            Files.writeString(saveTo.resolve("port"), Integer.toString(radicale.port()));
            Files.writeString(saveTo.resolve("ready"), "");
        } else {
            workspace.close();
        }
        radicale.afterAll(null);
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Before each no-change sync: both calendars synced, so nothing is left to change. */
    @State(Scope.Thread)
    public static class Quiet {
        @Setup(Level.Invocation)
        public void settle(TenThousandEventsSyncBenchmark loaded) {
            loaded.planning.sync(loaded.planningAccount(), WorkProgress.none());
            loaded.syncTeam();
        }
    }

    /** Before each pull: the planner has taken everything, then another tool changes 100 events. */
    @State(Scope.Thread)
    public static class HundredChanged {
        String bareToken;

        @Setup(Level.Invocation)
        public void change(TenThousandEventsSyncBenchmark loaded) throws Exception {
            bareToken = loaded.changeHundred();
        }
    }

    /** Lets the planner take every change, changes 100 files, and returns the token from before that change. */
    String changeHundred() throws Exception {
        planning.sync(planningAccount(), WorkProgress.none());
        String token = TOKEN.matcher(syncCollection(planningUrl, storage.transact(
                repos -> repos.planningSync().syncToken(planningAccount().collectionUrl())).orElseThrow())).results()
                .map(m -> m.group(1)).reduce((a, b) -> b).orElseThrow();
        List<String> names = List.copyOf(planningFiles.keySet());
        round++;
        for (int i = 0; i < 100; i++) {
            String name = names.get((round * 100 + i * 97) % names.size());
            String body = planningFiles.get(name).replaceFirst("\r\nSUMMARY:", "\r\nSUMMARY:r" + round + " ");
            planningFiles.put(name, body);
            Path temp = planningFolder.resolve(".bench-" + name);
            Files.writeString(temp, body);
            Files.move(temp, planningFolder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        return token;
    }

    @Benchmark
    public PlanningSyncResult pull100(HundredChanged changed) {
        PlanningSyncResult result = planning.sync(planningAccount(), WorkProgress.none());
        if (result.pulled() != 100) {
            throw new IllegalStateException("pulled " + result.pulled() + " instead of 100");
        }
        return result;
    }

    @Benchmark
    public String barePull100(HundredChanged changed) throws Exception {
        String answer = syncCollection(planningUrl, changed.bareToken);
        List<String> hrefs = new ArrayList<>();
        Matcher href = HREF.matcher(answer);
        while (href.find()) {
            hrefs.add(href.group(1));
        }
        if (hrefs.size() != 100) {
            throw new IllegalStateException("the report named " + hrefs.size() + " hrefs instead of 100");
        }
        StringBuilder body = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><c:calendar-multiget xmlns:d=\"DAV:\" "
                + "xmlns:c=\"urn:ietf:params:xml:ns:caldav\"><d:prop><d:getetag/><c:calendar-data/></d:prop>");
        hrefs.forEach(h -> body.append("<d:href>").append(h).append("</d:href>"));
        body.append("</c:calendar-multiget>");
        return send(authorized(HttpRequest.newBuilder(planningUrl)).header("Depth", "1")
                .header("Content-Type", "application/xml; charset=utf-8")
                .method("REPORT", HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build()).body();
    }

    @Benchmark
    public PlanningSyncResult noChangePlanning(Quiet quiet) {
        return planning.sync(planningAccount(), WorkProgress.none());
    }

    @Benchmark
    public CalendarSyncResult noChangeTeam(Quiet quiet) {
        return syncTeam();
    }

    @Benchmark
    public String bareSyncCollectionPlanning(Quiet quiet) throws Exception {
        return syncCollection(planningUrl, storage.transact(repos -> repos.planningSync().syncToken(planningAccount().collectionUrl()))
                                                  .orElseThrow());
    }

    @Benchmark
    public String bareSyncCollectionTeam(Quiet quiet) throws Exception {
        return syncCollection(teamUrl, storage.transact(repos -> repos.planningSync().syncToken(teamAccount().collectionUrl()))
                                              .orElseThrow());
    }

    private static int changes(PlanningSyncResult result) {
        return result.created() + result.updated() + result.deleted() + result.pulled();
    }

    private static int changes(CalendarSyncResult result) {
        return result.created() + result.updated() + result.deleted() + result.booked();
    }

    private CalendarSyncResult syncTeam() {
        return team.sync(new CalendarSyncRequest(teamUrl.toString(), RadicaleServer.USER, RadicaleServer.PASSWORD, false, false),
                WorkProgress.none());
    }

    private CalendarAccount planningAccount() {
        return new CalendarAccount(planningUrl, RadicaleServer.USER, RadicaleServer.PASSWORD);
    }

    private CalendarAccount teamAccount() {
        return new CalendarAccount(teamUrl, RadicaleServer.USER, RadicaleServer.PASSWORD);
    }

    private String syncCollection(URI calendar, String token) throws Exception {
        String body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><d:sync-collection xmlns:d=\"DAV:\"><d:sync-token>" + token
                + "</d:sync-token><d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>";
        return send(authorized(HttpRequest.newBuilder(calendar)).header("Depth", "0")
                .header("Content-Type", "application/xml; charset=utf-8")
                .method("REPORT", HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build()).body();
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return BareRadicale.authorized(request.timeout(Duration.ofSeconds(600)));
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return BareRadicale.send(http, request);
    }

    private CalendarCollection counted(CalendarCollection real) {
        return BareRadicale.counted(real, requests);
    }
}

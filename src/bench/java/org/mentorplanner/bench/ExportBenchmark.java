package org.mentorplanner.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.Audience;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.Group;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.LocationKind;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.export.HtmlExporter;
import org.mentorplanner.export.IcsExporter;
import org.mentorplanner.service.DescribedSession;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.ExportFile;
import org.mentorplanner.service.ExportFolder;
import org.mentorplanner.service.ExportFormat;
import org.mentorplanner.service.ExportRequest;
import org.mentorplanner.service.ExportResult;
import org.mentorplanner.service.ExportSelection;
import org.mentorplanner.service.ExportService;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.WorkProgress;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Exporting 10,000 published sessions (20 mentors, 4 zones, a third of them booked, mixed
 * methods and group restrictions).
 *
 * <ul>
 *   <li>{@code icsExport}: our ICS exporter, every property of the issue, VTIMEZONEs, octet folding;</li>
 *   <li>{@code ical4jBareEvents}: ical4j writing the same 10,000 events with only UID, DTSTAMP,
 *       DTSTART, DTEND (with TZID) and SUMMARY: the floor to compare with (goal: within 1.5x);</li>
 *   <li>{@code htmlExport}: rendering the booking pages; {@code htmlExportToFolder} also writes
 *       them into a fresh folder atomically, with the manifest (goal: under 2 s);</li>
 *   <li>{@code serviceHtmlExport}, {@code serviceIcsExport}: the whole export from a SQLite file.</li>
 * </ul>
 * Run: {@code bench/run.sh ExportBenchmark}; results in bench/README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dnet.fortuna.ical4j.timezone.update.enabled=false"})
public class ExportBenchmark {

    private static final int SESSIONS = 10_000;
    private static final List<ZoneId> ZONES = Stream.of("Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Sydney")
                                                    .map(ZoneId::of).toList();

    private List<DescribedSession> views;
    private ExportSelection selection;
    private final IcsExporter ics = new IcsExporter();
    private final HtmlExporter html = new HtmlExporter();

    @Setup(Level.Trial)
    public void sessions() {
        Instant now = Instant.parse("2026-11-01T00:00:00Z");
        List<Person> mentors = new ArrayList<>();
        for (int m = 0; m < 20; m++) {
            mentors.add(new Person(m + 1, "mentor" + m + "@example.org", "Mentor Nr. " + m, Set.of(Role.MENTOR)));
        }
        List<Location> locations = new ArrayList<>();
        for (int z = 0; z < ZONES.size(); z++) {
            locations.add(new Location(z + 1, "Office " + z, ZONES.get(z), z % 2 == 0 ? LocationKind.IN_PERSON : LocationKind.ONLINE));
        }
        Person mentee = new Person(100, "mia@example.org", "Mia Chen", Set.of(Role.MENTEE));
        Group group = new Group(1, "Women in Tech");
        views = new ArrayList<>(SESSIONS);
        for (int i = 0; i < SESSIONS; i++) {
            Person mentor = mentors.get(i % mentors.size());
            Location location = locations.get(i % locations.size());
            boolean booked = i % 3 == 0;
            SessionDetails details = details(i, mentor.id(), location).withMentee(booked ? mentee.id() : null);
            if (i % 5 == 0) {
                details = new SessionDetails(details.mentorId(), details.menteeId(), details.locationId(), details.localStart(),
                        details.duration(), details.method(), details.meetingUrl(), details.place(), Set.of(group.id()),
                        details.title(), details.notes());
            }
            MentorshipSession session = new MentorshipSession(i + 1, details, location.zone(), SessionStatus.PUBLISHED, null,
                    "tok" + i, i % 7, now, now);
            views.add(new DescribedSession(session, mentor, booked ? mentee : null, location,
                    i % 5 == 0 ? List.of(group) : List.of(), "https://mentoring.example.org/book/tok" + i));
        }
        selection = new ExportSelection(new Audience.Everyone(), mentors, views, LocalDate.of(2026, 11, 1), null, now, false);
    }

    /** Session {@code i}: 40 a day from 2 November 2026, every 15 minutes; the method fits the location. */
    static SessionDetails details(int i, long mentorId, Location location) {
        boolean both = (i / ZONES.size()) % 2 == 0;
        EnrollmentMethod method = both ? EnrollmentMethod.BOTH : location.isOnline() ? EnrollmentMethod.ONLINE : EnrollmentMethod.IN_PERSON;
        return new SessionDetails(mentorId, null, location.id(),
                LocalDateTime.of(2026, 11, 2, 8, 0).plusDays(i / 40).plusMinutes(15L * (i % 40)), Duration.ofMinutes(45),
                method, method.needsMeetingUrl() ? "https://meet.example.org/room-" + i : null,
                location.isOnline() ? null : "Room " + (i % 12), Set.of(), "Career chat " + i,
                i % 4 == 0 ? "Bring your CV, questions and a coffee.\nWe'll look at your goals." : "");
    }

    @Benchmark
    public String icsExport() {
        return ics.calendar("Mentorship sessions for everyone", views);
    }

    @Benchmark
    public String ical4jBareEvents() throws IOException, ValidationException {
        List<CalendarComponent> events = new ArrayList<>(views.size());
        for (DescribedSession view : views) {
            ZonedDateTime start = view.session().start();
            events.add(new VEvent(new PropertyList(List.of(new Uid("session-" + view.id()),
                    new DtStamp(view.session().updatedAt()), new DtStart<>(start), new DtEnd<>(view.session().end()),
                    new Summary(view.session().displayTitle())))));
        }
        Calendar calendar = new Calendar(new PropertyList(List.of(new ProdId("-//bench//EN"), ImmutableVersion.VERSION_2_0)),
                new ComponentList<>(events));
        StringWriter out = new StringWriter();
        new CalendarOutputter(false).output(calendar, out);
        return out.toString();
    }

    @Benchmark
    public List<ExportFile> htmlExport() {
        return html.write(selection);
    }

    @Benchmark
    public ExportFolder.Outcome htmlExportToFolder(EmptyFolder target) {
        return new ExportFolder(target.folder).write(html.write(selection), WorkProgress.none());
    }

    /**
     * The whole service path for HTML: 10,000 sessions read from SQLite, filtered for the
     * audience, resolved, rendered and written into an empty folder.
     */
    @Benchmark
    public ExportResult serviceHtmlExport(Database database, EmptyFolder target) {
        return database.exports.export(new ExportRequest(ExportFormat.HTML, target.folder, "everyone", List.of(),
                null, null, false), WorkProgress.none());
    }

    /** The same for ICS (cancelled sessions included), for comparison with {@code icsExport}. */
    @Benchmark
    public ExportResult serviceIcsExport(Database database, EmptyFolder target) {
        return database.exports.export(ExportRequest.of(ExportFormat.ICS, target.folder), WorkProgress.none());
    }

    /** A workspace on a temporary SQLite file with 10,000 published sessions of 20 mentors. */
    @State(Scope.Benchmark)
    public static class Database {
        Path directory;
        GuiceWorkspace workspace;
        ExportService exports;

        @Setup(Level.Trial)
        public void fill() throws IOException {
            directory = Files.createTempDirectory("export-bench-db");
            workspace = GuiceWorkspace.open(directory.resolve("bench.db"), Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC));
            DirectoryService people = workspace.service(DirectoryService.class);
            List<Person> mentors = new ArrayList<>();
            for (int m = 0; m < 20; m++) {
                mentors.add(people.savePerson(new DirectoryService.PersonInput("mentor" + m + "@example.org", "Mentor Nr. " + m,
                        Set.of(Role.MENTOR), Set.of())));
            }
            List<Location> locations = new ArrayList<>();
            for (int z = 0; z < ZONES.size(); z++) {
                locations.add(people.saveLocation(new DirectoryService.LocationInput("Office " + z, ZONES.get(z).getId(),
                        z % 2 == 0 ? "in-person" : "online")));
            }
            SessionService sessions = workspace.service(SessionService.class);
            // One transaction per session: the service's writes inside a caller's transaction are
            // package-private (only services compose them), and this runs once per fork.
            for (int i = 0; i < SESSIONS; i++) {
                sessions.create(Actor.owner(), details(i, mentors.get(i % mentors.size()).id(),
                        locations.get(i % locations.size())), true);
            }
            exports = workspace.service(ExportService.class);
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            workspace.close();
            EmptyFolder.delete(directory);
        }
    }

    /** A new empty folder for every call, so each export really writes every file. */
    @State(Scope.Thread)
    public static class EmptyFolder {
        Path folder;

        @Setup(Level.Invocation)
        public void create() throws IOException {
            folder = Files.createTempDirectory("export-bench");
        }

        @TearDown(Level.Invocation)
        public void remove() throws IOException {
            delete(folder);
        }

        static void delete(Path folder) throws IOException {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}

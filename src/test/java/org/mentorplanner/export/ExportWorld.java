package org.mentorplanner.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.Group;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.ExportFolder;
import org.mentorplanner.service.ExportService;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.SettingsService;
import org.mentorplanner.testing.Organisation;

/**
 * A small organisation for export tests, on a real SQLite file: two mentors, two groups, two
 * mentees (Mia in "Women in Tech", Noah in no group), two locations in different zones.
 * The clock stands at 2026-11-01 12:00 UTC. Public for the CalDAV tests, which sync the same organisation.
 */
public final class ExportWorld implements AutoCloseable {

    public static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");

    public final GuiceWorkspace workspace;
    public final DirectoryService directory;
    public final SessionService sessions;
    public final ExportService exports;
    public final Person ada;
    public final Person bob;
    public final Person mia;
    public final Person noah;
    public final Group womenInTech;
    public final Group backend;
    public final Location berlin;
    public final Location zoom;

    public ExportWorld(Path folder) {
        this(folder, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** The same organisation on another clock (tests that run at several moments). */
    public ExportWorld(Path folder, Clock clock) {
        workspace = GuiceWorkspace.open(folder.resolve("planner.db"), clock);
        directory = workspace.service(DirectoryService.class);
        sessions = workspace.service(SessionService.class);
        exports = workspace.service(ExportService.class);
        workspace.service(SettingsService.class).setPortalBaseUrl("https://mentoring.example.org/book/");
        Organisation organisation = Organisation.builder()
                .location("Berlin office", "Europe/Berlin", "in-person")
                .location("Zoom", "America/New_York", "online")
                .person("ada@example.org", "Ada Lovelace", Set.of(Role.MENTOR))
                .person("bob@example.org", "Bob Okafor", Set.of(Role.MENTOR))
                .person("mia@example.org", "Mia Chen", Set.of(Role.MENTEE), "Women in Tech")
                .person("noah@example.org", "Noah Levi", Set.of(Role.MENTEE))
                .person("cleo@example.org", "Cleo Backend", Set.of(Role.MENTEE), "Backend")
                .saveWith(directory);
        ada = organisation.person("ada@example.org");
        bob = organisation.person("bob@example.org");
        mia = organisation.person("mia@example.org");
        noah = organisation.person("noah@example.org");
        womenInTech = organisation.group("Women in Tech");
        backend = organisation.group("Backend");
        berlin = organisation.location("Berlin office");
        zoom = organisation.location("Zoom");
    }

    /** An in-person session in Berlin. */
    public SessionDetails inPerson(Person mentor, String start, String title) {
        return new SessionDetails(mentor.id(), null, berlin.id(), LocalDateTime.parse(start), Duration.ofMinutes(45),
                EnrollmentMethod.IN_PERSON, null, "Room 4", Set.of(), title, "");
    }

    /** An online session in New York time. */
    public SessionDetails online(Person mentor, String start, String title) {
        return new SessionDetails(mentor.id(), null, zoom.id(), LocalDateTime.parse(start), Duration.ofMinutes(60),
                EnrollmentMethod.ONLINE, "https://meet.example.org/room-1", null, Set.of(), title, "");
    }

    public static SessionDetails restrictedTo(SessionDetails details, Group... groups) {
        return new SessionDetails(details.mentorId(), details.menteeId(), details.locationId(), details.localStart(),
                details.duration(), details.method(), details.meetingUrl(), details.place(),
                Stream.of(groups).map(Group::id).collect(Collectors.toSet()), details.title(), details.notes());
    }

    public MentorshipSession publish(SessionDetails details) {
        return sessions.create(Actor.owner(), details, true).session();
    }

    public MentorshipSession draft(SessionDetails details) {
        return sessions.create(Actor.owner(), details, false).session();
    }

    /** Every file of an export folder except the manifest, concatenated. */
    public static String allText(Path folder) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                if (!file.getFileName().toString().equals(ExportFolder.MANIFEST)) {
                    text.append(Files.readString(file)).append('\n');
                }
            }
        }
        return text.toString();
    }

    @Override
    public void close() {
        workspace.close();
    }
}

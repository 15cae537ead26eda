package org.mentorplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.caldav.RadicaleServer;
import org.mentorplanner.cli.CliRunner.Run;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.port.SessionQuery;

/** {@code sync caldav --planning}, {@code sync status} and {@code sync resolve} end to end, two planners on one Radicale. */
class SyncPlanningCommandTest {

    @RegisterExtension
    static final RadicaleServer RADICALE = new RadicaleServer();

    @RegisterExtension
    final CliRunner runner = new CliRunner();

    @TempDir
    Path folder;

    private Path a;
    private Path b;
    private URI team;
    private URI planning;
    private final Map<String, String> environment = runner.environment();

    @BeforeEach
    void setUp() throws Exception {
        a = folder.resolve("a.db");
        b = folder.resolve("b.db");
        team = RADICALE.newCalendar();
        planning = RADICALE.newCalendar();
        environment.put("MENTORPLANNER_CALDAV_PASSWORD", RadicaleServer.PASSWORD);
        for (Path db : List.of(a, b)) {
            try (GuiceWorkspace workspace = GuiceWorkspace.open(db, runner.clock())) {
                DirectoryService directory = workspace.service(DirectoryService.class);
                Person ada = directory.savePerson(new DirectoryService.PersonInput("ada@example.org", "Ada Lovelace",
                        Set.of(Role.MENTOR), Set.of()));
                Location berlin = directory.saveLocation(new DirectoryService.LocationInput("Berlin office", "Europe/Berlin", "in-person"));
                if (db.equals(a)) {
                    SessionService sessions = workspace.service(SessionService.class);
                    sessions.create(Actor.owner(), session(ada, berlin, "2026-12-01T10:00", "Career chat"), true);
                    sessions.create(Actor.owner(), session(ada, berlin, "2026-12-02T10:00", "A draft"), false);
                }
            }
        }
    }

    @Test
    void oneRunSyncsBothCalendarsAndTheOtherPlannerPullsEverySession() {
        Run first = cli(a, "sync", "caldav", "--team", team.toString(), "--planning", planning.toString(), "--user", RadicaleServer.USER);

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("Synced with " + team + ": 1 created",
                "Synced with " + planning + " (planning): 0 pulled, 2 created, 0 updated, 0 deleted, 0 conflicts.",
                "In all: 0 pulled, 0 booked, 0 conflicts.");

        Run pulled = cli(b, "sync", "caldav", "--planning", planning.toString(), "--user", RadicaleServer.USER);

        assertThat(pulled.code()).as(pulled.err()).isZero();
        assertThat(pulled.out()).contains("pulled new: Career chat", "pulled new: A draft",
                "Synced with " + planning + " (planning): 2 pulled, 0 created");
        assertThat(titles(b)).containsExactly("Career chat", "A draft");

        Run again = cli(a, "sync", "caldav");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("(planning): 0 pulled, 0 created, 0 updated, 0 deleted, 0 conflicts.");
    }

    @Test
    void statusListsEachCalendarItsPendingChangesAndConflictsWhichResolveEnds() {
        cli(a, "sync", "caldav", "--planning", planning.toString(), "--user", RadicaleServer.USER);
        cli(b, "sync", "caldav", "--planning", planning.toString(), "--user", RadicaleServer.USER);
        renote(a, "Room changed to 5");
        renote(b, "Bring your CV");
        cli(a, "sync", "caldav");

        Run conflict = cli(b, "sync", "caldav");
        long id = idOf(b, "Career chat");

        assertThat(conflict.code()).isEqualTo(Cli.REFUSED);
        assertThat(conflict.out()).contains("conflict: Career chat", "notes: mine \"Bring your CV\", theirs \"Room changed to 5\"");
        assertThat(conflict.err()).contains("keep one side with 'sync resolve ID --keep mine|theirs'");

        Run status = cli(b, "sync", "status");
        assertThat(status.code()).as(status.err()).isZero();
        assertThat(status.out()).contains("Team calendar: not set up.",
                "Planning calendar: " + planning + ", last synced 2026-11-25T12:00:00Z, 1 change waiting.", // the session in conflict
                "1 conflict (keep one side with 'sync resolve ID --keep mine|theirs'):",
                "session " + id + " Career chat: notes: mine \"Bring your CV\", theirs \"Room changed to 5\"");
        Run json = cli(b, "sync", "status", "--format", "json");
        assertThat(json.out()).contains("\"kind\": \"planning\"", "\"session\": " + id, "\"notes\": \"Bring your CV\"",
                "\"notes\": \"Room changed to 5\"");

        Run resolved = cli(b, "sync", "resolve", Long.toString(id), "--keep", "mine");
        assertThat(resolved.code()).as(resolved.err()).isZero();
        assertThat(resolved.out()).contains("the next sync sends them to the planning calendar");
        assertThat(cli(b, "sync", "status").out()).contains("No conflicts.", "1 change waiting.");
        assertThat(cli(b, "sync", "caldav").code()).isZero();
        assertThat(cli(a, "sync", "caldav").code()).isZero();
        assertThat(notesOf(a)).isEqualTo("Bring your CV");

        Run none = cli(b, "sync", "resolve", Long.toString(id), "--keep", "theirs");
        assertThat(none.code()).isEqualTo(Cli.REFUSED);
        assertThat(none.err()).contains("has no sync conflict");
        assertThat(cli(b, "sync", "resolve", Long.toString(id), "--keep", "both").code()).isEqualTo(Cli.USAGE);
    }

    private Run cli(Path db, String... args) {
        return runner.runOn(db, args);
    }

    private void with(Path db, Consumer<SessionService> work) {
        try (GuiceWorkspace workspace = GuiceWorkspace.open(db, runner.clock())) {
            work.accept(workspace.service(SessionService.class));
        }
    }

    private List<String> titles(Path db) {
        try (GuiceWorkspace workspace = GuiceWorkspace.open(db, runner.clock())) {
            return workspace.service(SessionService.class).list(SessionQuery.all()).stream().map(MentorshipSession::displayTitle).toList();
        }
    }

    private long idOf(Path db, String title) {
        try (GuiceWorkspace workspace = GuiceWorkspace.open(db, runner.clock())) {
            return workspace.service(SessionService.class).list(SessionQuery.all()).stream()
                            .filter(s -> s.displayTitle().equals(title)).findFirst().orElseThrow().id();
        }
    }

    private String notesOf(Path db) {
        long id = idOf(db, "Career chat");
        try (GuiceWorkspace workspace = GuiceWorkspace.open(db, runner.clock())) {
            return workspace.service(SessionService.class).require(id).details().notes();
        }
    }

    private void renote(Path db, String notes) {
        long id = idOf(db, "Career chat");
        with(db, sessions -> {
            SessionDetails d = sessions.require(id).details();
            sessions.update(Actor.owner(), id, new SessionDetails(d.mentorId(), d.menteeId(), d.locationId(), d.localStart(),
                    d.duration(), d.method(), d.meetingUrl(), d.place(), d.groupIds(), d.title(), notes));
        });
    }

    private static SessionDetails session(Person ada, Location berlin, String start, String title) {
        return new SessionDetails(ada.id(), null, berlin.id(), LocalDateTime.parse(start), Duration.ofMinutes(45),
                EnrollmentMethod.IN_PERSON, null, "Room 4", Set.of(), title, "");
    }
}

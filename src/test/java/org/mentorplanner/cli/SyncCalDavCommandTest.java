package org.mentorplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.caldav.CalDavClient;
import org.mentorplanner.caldav.RadicaleServer;
import org.mentorplanner.cli.CliRunner.Run;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.service.CalendarAccount;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.SessionService;

/** {@code sync caldav} end to end: arguments, a real database, a real CalDAV server, output and exit codes. */
class SyncCalDavCommandTest {

    @RegisterExtension
    static final RadicaleServer RADICALE = new RadicaleServer();

    @RegisterExtension
    final CliRunner runner = new CliRunner();

    @TempDir
    Path folder;

    private Path db;
    private URI calendar;
    private final Map<String, String> environment = runner.environment();

    private String get(String href) {
        try {
            return RADICALE.get(calendar, href);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hrefs in the calendar, as another client lists them. */
    private List<String> hrefsOnServer() {
        return List.copyOf(new CalDavClient().open(new CalendarAccount(
                calendar, RadicaleServer.USER, RadicaleServer.PASSWORD)).list().keySet());
    }

    private Run cli(String... args) {
        return runner.run(args);
    }

    @BeforeEach
    void setUp() throws Exception {
        db = runner.db();
        calendar = RADICALE.newCalendar();
        environment.put("MENTORPLANNER_CALDAV_PASSWORD", RadicaleServer.PASSWORD);
        try (GuiceWorkspace workspace = GuiceWorkspace.open(db, runner.clock())) {
            DirectoryService directory = workspace.service(DirectoryService.class);
            Person ada = directory.savePerson(new DirectoryService.PersonInput("ada@example.org", "Ada Lovelace", Set.of(Role.MENTOR), Set.of()));
            Location berlin = directory.saveLocation(new DirectoryService.LocationInput("Berlin office", "Europe/Berlin", "in-person"));
            SessionService sessions = workspace.service(SessionService.class);
            sessions.create(Actor.owner(), session(ada, berlin, "2026-12-01T10:00", "Career chat"), true);
            sessions.create(Actor.owner(), session(ada, berlin, "2026-12-02T10:00", "Code review"), true);
            sessions.create(Actor.owner(), session(ada, berlin, "2026-12-03T10:00", "A draft"), false);
        }
    }

    private static SessionDetails session(Person mentor, Location location, String start, String title) {
        return new SessionDetails(mentor.id(), null, location.id(), LocalDateTime.parse(start), Duration.ofMinutes(45),
                EnrollmentMethod.IN_PERSON, null, "Room 4", Set.of(), title, "");
    }

    @Test
    void syncsPrintsWhatChangedAndRemembersTheCalendar() {
        Run first = cli("--db", db.toString(), "sync", "caldav", "--url", calendar.toString(), "--user", RadicaleServer.USER);

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("created: Career chat, Tue 1 Dec 2026 10:00 Europe/Berlin", "created: Code review")
                               .doesNotContain("A draft")
                               .contains("Synced with " + calendar + ": 2 created, 0 updated, 0 deleted, 0 unchanged, 0 conflicts.");

        Run second = cli("--db", db.toString(), "sync", "caldav");

        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out().strip()).isEqualTo("Synced with " + calendar + ": 0 created, 0 updated, 0 deleted, 2 unchanged, 0 conflicts.");
    }

    @Test
    void aDryRunPrintsWhatWouldChangeAndWritesNothing() {
        Run dry = cli("--db", db.toString(), "sync", "caldav", "--url", calendar.toString(), "--user", RadicaleServer.USER, "--dry-run");

        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("would be created: Career chat", "would be created: Code review",
                "Dry run, nothing written. Would sync with " + calendar + ": 2 created");
        // Nothing reached the server nor the settings: a real run still creates both, and needs the URL.
        assertThat(cli("--db", db.toString(), "sync", "caldav").code()).isEqualTo(Cli.USAGE);
        Run real = cli("--db", db.toString(), "sync", "caldav", "--url", calendar.toString(), "--user", RadicaleServer.USER);
        assertThat(real.out()).contains(": 2 created");
    }

    @Test
    void thePasswordMayComeFromAFile() throws Exception {
        environment.clear();
        Path file = Files.writeString(folder.resolve("password"), RadicaleServer.PASSWORD + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        Run run = cli("--db", db.toString(), "sync", "caldav", "--url", calendar.toString(), "--user", RadicaleServer.USER,
                "--password-file", file.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 created");
    }

    @Test
    void aWrongPasswordOrAServerThatIsDownFailsWithOneClearLine() throws Exception {
        environment.put("MENTORPLANNER_CALDAV_PASSWORD", "wrong");
        Run wrong = cli("--db", db.toString(), "sync", "caldav", "--url", calendar.toString(), "--user", RadicaleServer.USER);
        assertThat(wrong.code()).isEqualTo(Cli.REFUSED);
        assertThat(wrong.err().strip()).endsWith("refused the login of alice: wrong user name or password.");

        environment.put("MENTORPLANNER_CALDAV_PASSWORD", RadicaleServer.PASSWORD);
        Run down = cli("--db", db.toString(), "sync", "caldav", "--url", "http://127.0.0.1:" + RadicaleServer.freePort() + "/team/",
                "--user", RadicaleServer.USER);
        assertThat(down.code()).isEqualTo(Cli.REFUSED);
        assertThat(down.err()).contains("refused the connection", "Keep working offline");
    }

    @Test
    void missingInputIsAUsageErrorAndABadValueIsRefused() {
        Run noUrl = cli("--db", db.toString(), "sync", "caldav");
        assertThat(noUrl.code()).isEqualTo(Cli.USAGE);
        assertThat(noUrl.err()).contains("No team calendar is set up: give its CalDAV URL with --url");

        Run badUrl = cli("--db", db.toString(), "sync", "caldav", "--url", "ftp://dav.example.org/team/");
        assertThat(badUrl.code()).isEqualTo(Cli.REFUSED);
        assertThat(badUrl.err()).contains("Team calendar URL must be a full http(s) link");

        environment.clear();
        Run noPassword = cli("--db", db.toString(), "sync", "caldav", "--url", calendar.toString(), "--user", RadicaleServer.USER);
        assertThat(noPassword.code()).isEqualTo(Cli.USAGE);
        assertThat(noPassword.err()).contains("No password for alice: set MENTORPLANNER_CALDAV_PASSWORD or give --password-file FILE.");

        Run missingFile = cli("--db", db.toString(), "sync", "caldav", "--url", calendar.toString(), "--user", RadicaleServer.USER,
                "--password-file", folder.resolve("nope").toString());
        assertThat(missingFile.code()).isEqualTo(Cli.REFUSED);
        assertThat(missingFile.err()).contains("Cannot read the password file");
    }

    @Test
    void aConflictFailsUntilForced() throws Exception {
        cli("--db", db.toString(), "sync", "caldav", "--url", calendar.toString(), "--user", RadicaleServer.USER);
        String href = hrefsOnServer().stream().filter(h -> get(h).contains("SUMMARY:Career chat")).findFirst().orElseThrow();
        RADICALE.put(calendar, href, RADICALE.get(calendar, href).replace("SUMMARY:Career chat", "SUMMARY:Edited elsewhere"));

        Run conflict = cli("--db", db.toString(), "sync", "caldav");

        assertThat(conflict.code()).isEqualTo(Cli.REFUSED);
        assertThat(conflict.out()).contains("conflict: Career chat, Tue 1 Dec 2026 10:00 Europe/Berlin (session 1): changed on the server");
        assertThat(conflict.err()).contains("sync with --force to overwrite it");
        assertThat(RADICALE.get(calendar, href)).contains("SUMMARY:Edited elsewhere");

        Run forced = cli("--db", db.toString(), "sync", "caldav", "--force");

        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(forced.out()).contains("updated: Career chat", "overwritten (forced)");
        assertThat(RADICALE.get(calendar, href)).contains("SUMMARY:Career chat");
    }
}

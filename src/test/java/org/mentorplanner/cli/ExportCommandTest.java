package org.mentorplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.cli.CliRunner.Run;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.SessionService;

/** {@code export} end to end: arguments, a real database, files in a folder, exit codes. */
class ExportCommandTest {

    @RegisterExtension
    final CliRunner runner = new CliRunner();

    @TempDir
    Path folder;

    private Path db;
    private Path out;

    private Run cli(String... args) {
        return runner.run(args);
    }

    @BeforeEach
    void setUp() {
        db = runner.db();
        out = folder.resolve("export");
        try (GuiceWorkspace workspace = GuiceWorkspace.open(db, runner.clock())) {
            DirectoryService directory = workspace.service(DirectoryService.class);
            Person ada = directory.savePerson(new DirectoryService.PersonInput("ada@example.org", "Ada Lovelace", Set.of(Role.MENTOR), Set.of()));
            Person bob = directory.savePerson(new DirectoryService.PersonInput("bob@example.org", "Bob Stone", Set.of(Role.MENTOR), Set.of()));
            directory.savePerson(new DirectoryService.PersonInput("mia@example.org", "Mia Chen", Set.of(Role.MENTEE), Set.of("Women in Tech")));
            long wit = directory.requireGroup("Women in Tech").id();
            Location berlin = directory.saveLocation(new DirectoryService.LocationInput("Berlin office", "Europe/Berlin", "in-person"));
            SessionService sessions = workspace.service(SessionService.class);
            sessions.create(Actor.owner(), session(ada, berlin, "2026-12-01T10:00", Set.of(), "Open to all"), true);
            sessions.create(Actor.owner(), session(ada, berlin, "2026-12-02T10:00", Set.of(wit), "Women in Tech only"), true);
            sessions.create(Actor.owner(), session(bob, berlin, "2026-12-03T10:00", Set.of(), "Bob's slot"), true);
            sessions.create(Actor.owner(), session(bob, berlin, "2026-12-04T10:00", Set.of(), "Bob's draft"), false);
        }
    }

    private static SessionDetails session(Person mentor, Location location, String start, Set<Long> groups, String title) {
        return new SessionDetails(mentor.id(), null, location.id(), LocalDateTime.parse(start), Duration.ofMinutes(45),
                EnrollmentMethod.IN_PERSON, null, "Room 4", groups, title, "");
    }

    @Test
    void exportedFilesGetTheUsersNormalPermissionsNotOwnerOnly() throws Exception {
        Assumptions.assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        // What any new file of this user gets (their umask), made the plain way beside the export.
        Path plain = Files.createFile(folder.resolve("plain.txt"));
        var normal = Files.getPosixFilePermissions(plain);
        Assumptions.assumeTrue(normal.contains(PosixFilePermission.OTHERS_READ),
                "a umask that lets others read new files, as a web server needs");

        Run run = cli("--db", db.toString(), "export", "--format", "html", "--out", out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        try (var files = Files.list(out)) {
            for (Path file : files.toList()) {
                assertThat(Files.getPosixFilePermissions(file)).as(file.getFileName().toString()).isEqualTo(normal);
            }
        }
    }

    @Test
    void exportsAndPrintsASummary() throws Exception {
        Run run = cli("--db", db.toString(), "export", "--format", "ics", "--out", out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("Exported 2 sessions for everyone as ics: 1 file (1 written, 0 unchanged, 0 removed) in " + out);
        assertThat(Files.readString(out.resolve("booking-links.ics"))).contains("Open to all", "Bob's slot")
                .doesNotContain("Women in Tech only").doesNotContain("Bob's draft");
    }

    @Test
    void audienceMentorsAndDatesNarrowTheExport() throws Exception {
        Run run = cli("export", "--format", "csv", "--out", out.toString(), "--audience", "Women in Tech",
                "--mentor", "ada@example.org", "--from", "2026-12-02", "--to", "2026-12-02");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Exported 1 session for group Women in Tech as csv");
        assertThat(Files.readString(out.resolve("booking-links.csv"))).contains("Women in Tech only").doesNotContain("Open to all");
    }

    @Test
    void htmlPerMentorAndJsonWriteTheirFiles() {
        assertThat(cli("export", "--format", "html", "--out", out.resolve("html").toString()).out())
                .contains("4 files");
        assertThat(cli("export", "--format", "ics", "--ics-per-mentor", "--out", out.resolve("ics").toString()).out())
                .contains("2 files");
        assertThat(cli("export", "--format", "json", "--audience", "mia@example.org", "--out", out.resolve("json").toString()).out())
                .contains("Exported 3 sessions for Mia Chen <mia@example.org> as json");
    }

    @Test
    void unknownGroupMentorFormatOrReversedRangeIsRefusedWithExitOne() {
        assertRefused(cli("export", "--format", "ics", "--out", out.toString(), "--audience", "Chess club"),
                "No group named 'Chess club'");
        assertRefused(cli("export", "--format", "ics", "--out", out.toString(), "--mentor", "ghost@example.org"),
                "No person with email ghost@example.org");
        assertRefused(cli("export", "--format", "ics", "--out", out.toString(), "--mentor", "mia@example.org"),
                "is not a mentor");
        assertRefused(cli("export", "--format", "ics", "--out", out.toString(), "--from", "2026-12-05", "--to", "2026-12-01"),
                "before it starts");
        assertRefused(cli("export", "--format", "pdf", "--out", out.toString()), "Unknown export format 'pdf'");
        assertThat(out).doesNotExist();
    }

    @Test
    void aDateThatIsNoDateIsAUsageErrorLikeInEveryOtherCommand() {
        Run run = cli("export", "--format", "ics", "--out", out.toString(), "--from", "2026-13-01");

        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("--from").contains("'2026-13-01' is not a date: use the form 2026-12-01.");
        assertThat(cli("session", "list", "--from", "2026-13-01").err())
                .as("the same message as session list gives").contains("'2026-13-01' is not a date: use the form 2026-12-01.");
        assertThat(out).doesNotExist();
    }

    @Test
    void missingOutFolderIsAUsageError() {
        Run run = cli("export", "--format", "ics");

        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("--out");
    }

    private static void assertRefused(Run run, String message) {
        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).contains(message).doesNotContain("Exception");
        assertThat(run.err().strip()).doesNotContain("\n");
    }
}

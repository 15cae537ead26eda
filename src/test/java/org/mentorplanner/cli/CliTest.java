package org.mentorplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.cli.CliRunner.Run;
import org.mentorplanner.domain.Group;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.LocationKind;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.port.SessionQuery;

/** The command line end to end: real arguments, a real SQLite file, checked through the services. */
class CliTest {

    @RegisterExtension
    final CliRunner runner = new CliRunner();

    @TempDir
    Path folder;

    private Path db;
    private final List<Optional<Path>> appStarts = runner.appStarts();

    /** What one run printed and returned. */
    @BeforeEach
    void setUp() {
        db = runner.db();
    }

    private Run cli(String... args) {
        return runner.run(args);
    }

    private Path csv(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private <T> T inDatabase(Function<GuiceWorkspace, T> query) {
        return runner.inDatabase(query);
    }

    private void importOrganisation() throws IOException {
        Path locations = csv("locations.csv", """
                name,zone,kind
                New York office,America/New_York,in-person
                Berlin office,Europe/Berlin,in-person
                Zoom,Asia/Kolkata,online
                """);
        Path people = csv("people.csv", """
                email,name,roles,groups
                ada@example.org,Ada Lovelace,mentor,Women in Tech
                bob@example.org,Bob Stone,mentor,
                mia@example.org,Mia Chen,mentee,Women in Tech;New joiners
                cora@example.org,Cora Diaz,coordinator,
                """);
        assertThat(cli("import", "locations", locations.toString()).code()).isZero();
        assertThat(cli("import", "people", people.toString()).code()).isZero();
    }

    /** Adds a session for Ada in New York; {@code options} are option-value pairs that replace or add to the defaults. */
    private String addSession(String... options) {
        Map<String, String> values = new LinkedHashMap<>(Map.of("--mentor", "ada@example.org", "--location", "New York office",
                "--start", "2026-12-01T10:00", "--duration", "45m", "--method", "in-person"));
        for (int i = 0; i < options.length; i += 2) {
            values.put(options[i], options[i + 1]);
        }
        List<String> args = new ArrayList<>(List.of("session", "add"));
        values.forEach((option, value) -> args.addAll(List.of(option, value)));
        Run run = cli(args.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        return run.out().strip();
    }

    private List<Person> people() {
        return inDatabase(w -> w.service(DirectoryService.class).people());
    }

    private List<Location> locations() {
        return inDatabase(w -> w.service(DirectoryService.class).locations());
    }

    private List<Group> groups() {
        return inDatabase(w -> w.service(DirectoryService.class).groups());
    }

    private List<MentorshipSession> allSessions() {
        return inDatabase(w -> w.service(SessionService.class).list(SessionQuery.all()));
    }

    @Test
    void importPeopleReadsQuotedFieldsRolesAndGroups() throws IOException {
        Path people = csv("people.csv", "email,name,roles,groups\r\n"
                + "ada@example.org,\"Lovelace, Ada \"\"The Countess\"\"\",mentor;coordinator,Women in Tech;Leadership\r\n"
                + "mia@example.org,\"Mia\nChen\",mentee,\r\n");

        Run run = cli("--db", db.toString(), "import", "people", people.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Imported 2 people");
        Map<String, Person> byEmail = people().stream()
                .collect(Collectors.toMap(Person::email, p -> p));
        assertThat(byEmail.get("ada@example.org").name()).isEqualTo("Lovelace, Ada \"The Countess\"");
        assertThat(byEmail.get("ada@example.org").roles()).containsExactlyInAnyOrder(Role.MENTOR, Role.COORDINATOR);
        assertThat(byEmail.get("mia@example.org").name()).isEqualTo("Mia\nChen");
        assertThat(groups()).extracting(Group::name)
                .containsExactlyInAnyOrder("Women in Tech", "Leadership");
    }

    @Test
    void importPeopleWithABadRowImportsNothingAndNamesTheRow() throws IOException {
        Path people = csv("people.csv", """
                email,name,roles,groups
                ada@example.org,Ada,mentor,Women in Tech
                bob@example.org,Bob,mentor,
                not-an-email,Carl,mentee,
                """);

        Run run = cli("import", "people", people.toString());

        assertThat(run.code()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).contains("Nothing imported from people.csv").contains("Row 3").contains("not an email address");
        assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("Exception");
        assertThat(people()).isEmpty();
        assertThat(groups()).isEmpty();
    }

    @Test
    void importPeopleWithAnUnknownRoleImportsNothing() throws IOException {
        Path people = csv("people.csv", """
                email,name,roles
                ada@example.org,Ada,mentor
                bob@example.org,Bob,wizard
                """);

        Run run = cli("import", "people", people.toString());

        assertThat(run.code()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).contains("Row 2").contains("Unknown role 'wizard'");
        assertThat(people()).isEmpty();
    }

    @Test
    void importPeopleRefusesARowWithTooManyValues() throws IOException {
        Path people = csv("people.csv", """
                email,name,roles,groups
                ada@example.org,Lovelace, Ada,mentor,
                """);

        Run run = cli("import", "people", people.toString());

        assertThat(run.code()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).contains("Row 1 (line 2) has 5 values but the header has 4 columns");
    }

    @Test
    void importLocationsStoresZoneAndKind() throws IOException {
        importOrganisation();

        List<Location> locations = locations();

        assertThat(locations).extracting(Location::name).containsExactly("Berlin office", "New York office", "Zoom");
        assertThat(locations.get(2).kind()).isEqualTo(LocationKind.ONLINE);
        assertThat(locations.get(1).zone().getId()).isEqualTo("America/New_York");
    }

    @Test
    void importLocationsWithAnUnknownZoneImportsNothing() throws IOException {
        Path locations = csv("locations.csv", """
                name,zone,kind
                Berlin office,Europe/Berlin,in-person
                Mars base,Mars/Olympus_Mons,in-person
                """);

        Run run = cli("import", "locations", locations.toString());

        assertThat(run.code()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).contains("Row 2").contains("Mars/Olympus_Mons");
        assertThat(locations()).isEmpty();
    }

    @Test
    void importOfAMissingFileIsRefusedInOneLine() {
        Run run = cli("import", "people", folder.resolve("nope.csv").toString());

        assertThat(run.code()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).startsWith("No file").endsWith("check the path." + System.lineSeparator());
    }

    @Test
    void sessionAddPrintsTheNewIdAndStoresEveryField() throws IOException {
        importOrganisation();

        String id = addSession("--mentee", "mia@example.org", "--group", "Women in Tech", "--title", "Career chat",
                "--place", "Room 4", "--duration", "1h30m");

        MentorshipSession session = inDatabase(w -> w.service(SessionService.class).require(Long.parseLong(id)));
        assertThat(session.details().localStart()).isEqualTo(LocalDateTime.parse("2026-12-01T10:00"));
        assertThat(session.details().duration()).hasMinutes(90);
        assertThat(session.details().title()).isEqualTo("Career chat");
        assertThat(session.details().place()).isEqualTo("Room 4");
        assertThat(session.details().groupIds()).hasSize(1);
        assertThat(session.status()).isEqualTo(SessionStatus.PUBLISHED);
        assertThat(session.isBooked()).isTrue();
    }

    @Test
    void sessionAddInADaylightSavingGapNotesTheShiftOnStderr() throws IOException {
        importOrganisation();

        Run run = cli("session", "add", "--mentor", "ada@example.org", "--location", "New York office",
                "--start", "2027-03-14T02:30", "--duration", "90", "--method", "in-person");

        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("02:30 does not exist on 2027-03-14 in America/New_York").contains("moved to 03:30");
        MentorshipSession session = inDatabase(w -> w.service(SessionService.class).require(Long.parseLong(run.out().strip())));
        assertThat(session.details().localStart()).isEqualTo(LocalDateTime.parse("2027-03-14T03:30"));
    }

    @Test
    void sessionAddRefusesAnOnlineSessionWithoutMeetingUrl() throws IOException {
        importOrganisation();

        Run run = cli("session", "add", "--mentor", "ada@example.org", "--location", "Zoom",
                "--start", "2026-12-01T10:00", "--duration", "45m", "--method", "online");

        assertThat(run.code()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).contains("Meeting URL is required");
        assertThat(allSessions()).isEmpty();
    }

    @Test
    void sessionListJsonGivesEveryFieldWithLocalTimes() throws IOException {
        importOrganisation();
        String id = addSession("--mentee", "mia@example.org", "--group", "Women in Tech", "--title", "Career chat",
                "--method", "both", "--url", "https://meet.example.org/ada");

        Run run = cli("session", "list", "--format", "json");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("""
                [
                  {
                    "id": %s,
                    "title": "Career chat",
                    "mentor": "ada@example.org",
                    "mentee": "mia@example.org",
                    "location": "New York office",
                    "zone": "America/New_York",
                    "start": "2026-12-01T10:00",
                    "end": "2026-12-01T10:45",
                    "method": "both",
                    "url": "https://meet.example.org/ada",
                    "groups": [
                      "Women in Tech"
                    ],
                    "status": "published",
                    "seriesId": null,
                    "localTimes": {
                      "Berlin office": "2026-12-01T16:00",
                      "Zoom": "2026-12-01T20:30"
                    }
                  }
                ]""".formatted(id));
    }

    @Test
    void sessionListFiltersByMentorMenteeAndLocalDates() throws IOException {
        importOrganisation();
        String first = addSession();
        addSession("--start", "2026-12-03T10:00");
        String bobs = cli("session", "add", "--mentor", "bob@example.org", "--location", "Berlin office",
                "--start", "2026-12-01T23:30", "--duration", "45m", "--method", "in-person").out().strip();
        String booked = addSession("--start", "2026-12-02T09:00", "--mentee", "mia@example.org");

        Run adaOnFirst = cli("session", "list", "--mentor", "ada@example.org", "--from", "2026-12-01", "--to", "2026-12-01");
        Run onFirst = cli("session", "list", "--from", "2026-12-01", "--to", "2026-12-01", "--format", "json");
        Run mias = cli("session", "list", "--mentee", "mia@example.org", "--format", "json");

        assertThat(adaOnFirst.out().lines().toList()).hasSize(2);
        assertThat(adaOnFirst.out().lines().skip(1).findFirst().orElseThrow())
                .startsWith(first + " ").contains("Tue 2026-12-01 10:00", "45m", "New York office", "Ada Lovelace", "draft");
        assertThat(onFirst.out()).contains("\"id\": " + first).contains("\"id\": " + bobs).doesNotContain("\"id\": " + booked);
        assertThat(mias.out()).contains("\"id\": " + booked).doesNotContain("\"id\": " + first);
    }

    /** A new database with nothing in it, as the app's first start leaves it. */
    private void emptyDatabase() {
        GuiceWorkspace.open(db, runner.clock()).close();
    }

    @Test
    void sessionListOrdersByTheLocalDateAndTimeItPrints() throws IOException {
        importOrganisation();
        // In UTC: Berlin 10:00 is 09:00, New York 09:30 is 14:30, Berlin 13:00 is 12:00.
        String newYork = addSession("--start", "2026-12-07T09:30");
        String berlinLate = addSession("--location", "Berlin office", "--start", "2026-12-07T13:00");
        String berlin = addSession("--location", "Berlin office", "--start", "2026-12-07T10:00");

        Run table = cli("session", "list");
        Run json = cli("session", "list", "--format", "json");

        assertThat(table.out().lines().skip(1).map(line -> line.split(" ")[0]).toList())
                .as("09:30, 10:00, 13:00 as printed").containsExactly(newYork, berlin, berlinLate);
        assertThat(table.out()).contains("Mon 2026-12-07 09:30", "Mon 2026-12-07 10:00", "Mon 2026-12-07 13:00");
        assertThat(json.out().indexOf("\"id\": " + newYork)).isLessThan(json.out().indexOf("\"id\": " + berlin));
        assertThat(json.out().indexOf("\"id\": " + berlin)).isLessThan(json.out().indexOf("\"id\": " + berlinLate));
    }

    @Test
    void sessionListOfAnEmptyDatabaseSaysSo() {
        emptyDatabase();
        assertThat(cli("session", "list").out()).isEqualTo("No sessions." + System.lineSeparator());
        assertThat(cli("session", "list", "--format", "json").out().strip()).isEqualTo("[]");
    }

    @Test
    void sessionShowPublishAndCancelFollowTheLifeOfASession() throws IOException {
        importOrganisation();
        String id = addSession("--title", "Career chat", "--place", "Room 4");

        Run shown = cli("session", "show", id);
        Run published = cli("session", "publish", id);
        MentorshipSession afterPublish = inDatabase(w -> w.service(SessionService.class).require(Long.parseLong(id)));
        Run cancelled = cli("session", "cancel", id);
        Run shownCancelled = cli("session", "show", id, "--format", "json");

        assertThat(shown.out()).contains("Session #" + id + ": Career chat", "Status:       draft", "Place:        Room 4",
                "Start:        Tue 2026-12-01 10:00", "Berlin office: Tue 2026-12-01 16:00");
        assertThat(published.out()).contains("Published session #" + id)
                .contains("https://mentoring.example.org/book/" + afterPublish.bookingToken());
        assertThat(afterPublish.status()).isEqualTo(SessionStatus.PUBLISHED);
        assertThat(cancelled.out()).contains("Cancelled session #" + id);
        assertThat(shownCancelled.out()).contains("\"status\": \"cancelled\"");
        MentorshipSession afterCancel = inDatabase(w -> w.service(SessionService.class).require(Long.parseLong(id)));
        assertThat(afterCancel.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(afterCancel.bookingToken()).isNull();
    }

    @Test
    void showingAnUnknownSessionIsRefused() {
        emptyDatabase();
        Run run = cli("session", "show", "999");

        assertThat(run.code()).isEqualTo(Cli.REFUSED);
        assertThat(run.err().strip()).isEqualTo("No session #999.");
    }

    @Test
    void aMentorMayScheduleForThemselfButNotForAnotherMentor() throws IOException {
        importOrganisation();

        Run forBob = cli("--as", "ada@example.org", "session", "add", "--mentor", "bob@example.org", "--location", "Berlin office",
                "--start", "2026-12-01T10:00", "--duration", "45m", "--method", "in-person");
        Run forHerself = cli("--as", "ada@example.org", "session", "add", "--location", "Berlin office",
                "--start", "2026-12-01T10:00", "--duration", "45m", "--method", "in-person");
        Run byCoordinator = cli("session", "add", "--as", "cora@example.org", "--mentor", "bob@example.org",
                "--location", "Berlin office", "--start", "2026-12-01T11:00", "--duration", "45m", "--method", "in-person");

        assertThat(forBob.code()).isEqualTo(Cli.REFUSED);
        assertThat(forBob.err()).contains("As a mentor you can only schedule your own sessions").doesNotContain("Exception");
        assertThat(forHerself.code()).as(forHerself.err()).isZero();
        assertThat(byCoordinator.code()).as(byCoordinator.err()).isZero();
        assertThat(allSessions()).extracting(MentorshipSession::mentorId).hasSize(2);
    }

    @Test
    void aMentorCannotCancelAnotherMentorsSession() throws IOException {
        importOrganisation();
        String id = addSession();

        Run run = cli("--as", "bob@example.org", "session", "cancel", id);

        assertThat(run.code()).isEqualTo(Cli.REFUSED);
        assertThat(allSessions().get(0).status()).isEqualTo(SessionStatus.DRAFT);
    }

    @Test
    void actingAsAnUnknownPersonIsRefusedByEveryCommand() throws IOException {
        importOrganisation();
        String id = addSession();

        for (String[] command : List.of(new String[] {"session", "publish", id}, new String[] {"session", "list"},
                new String[] {"session", "show", id}, new String[] {"export", "--format", "csv", "--out", folder.resolve("out").toString()},
                new String[] {"backup", "--out", folder.resolve("b.db").toString()})) {
            List<String> args = new ArrayList<>(List.of("--as", "ghost@example.org"));
            args.addAll(List.of(command));
            Run run = cli(args.toArray(String[]::new));

            assertThat(run.code()).as(String.join(" ", command)).isEqualTo(Cli.REFUSED);
            assertThat(run.err()).contains("ghost@example.org");
            assertThat(run.out()).isEmpty();
        }
        assertThat(folder.resolve("out")).doesNotExist();
        assertThat(folder.resolve("b.db")).doesNotExist();
    }

    @Test
    void durationsOutsideTheLimitsAreRefusedValuesAndAMalformedOneIsAUsageError() throws IOException {
        importOrganisation();
        for (String duration : List.of("0m", "-5m", "100000h")) {
            Run run = cli("session", "add", "--mentor", "ada@example.org", "--location", "New York office",
                    "--start", "2026-12-01T10:00", "--duration", duration, "--method", "in-person");

            assertThat(run.code()).as(duration).isEqualTo(Cli.REFUSED);
            assertThat(run.err()).as(duration).contains("Duration must be between 5 minutes and 12 hours.");
        }
        Run malformed = cli("session", "add", "--mentor", "ada@example.org", "--location", "New York office",
                "--start", "2026-12-01T10:00", "--duration", "1h61m", "--method", "in-person");
        assertThat(malformed.code()).isEqualTo(Cli.USAGE);
        assertThat(malformed.err()).contains("minutes go from 0 to 59");
        assertThat(cli("session", "list").out()).isEqualTo("No sessions." + System.lineSeparator());
    }

    @Test
    void importRefusesANulByteInANameAndImportsNothing() throws IOException {
        Path people = csv("people.csv", "email,name,roles\nada@example.org,Ada,mentor\nbob@example.org,Bo\u0000b,mentor\n");

        Run run = cli("import", "people", people.toString());

        assertThat(run.code()).isEqualTo(Cli.REFUSED);
        assertThat(run.err().strip()).isEqualTo("Row 2 (line 3), column name: contains the control character U+0000, which names "
                + "and emails cannot have. Save the file again as UTF-8 text and remove it.");
        assertThat(people()).isEmpty();
    }

    @Test
    void importRefusesTheSameEmailTwiceInDifferentCase() throws IOException {
        Path people = csv("people.csv", "email,name,roles\nb@example.org,Bea,mentor\nada@example.org,Ada,mentor\nB@example.org,Bea B,mentee\n");

        Run run = cli("import", "people", people.toString());

        assertThat(run.code()).isEqualTo(Cli.REFUSED);
        assertThat(run.err().strip()).isEqualTo("Nothing imported from people.csv. Row 3: B@example.org is the same email as "
                + "b@example.org in row 1 (emails ignore case): keep one row per person.");
        assertThat(people()).isEmpty();
    }

    @Test
    void readingCommandsOnAMissingFileSayItDoesNotExistAndCreateNothing() {
        Path missing = folder.resolve("no/such/folder/planner.db");

        Run list = cli("--db", missing.toString(), "session", "list");
        Run show = cli("--db", missing.toString(), "session", "show", "1");

        assertThat(list.code()).isEqualTo(Cli.REFUSED);
        assertThat(list.err().strip()).isEqualTo("The database " + missing + " does not exist. Check the path given with --db, "
                + "or create the database with `demo` or `import`.");
        assertThat(show.code()).isEqualTo(Cli.REFUSED);
        assertThat(folder.resolve("no")).doesNotExist();
    }

    @Test
    void usageErrorsExitWithTwoAndShowTheUsage() throws IOException {
        importOrganisation();

        assertThat(cli("session", "list", "--bogus").code()).isEqualTo(Cli.USAGE);
        assertThat(cli("session").code()).isEqualTo(Cli.USAGE);
        assertThat(cli("frobnicate").code()).isEqualTo(Cli.USAGE);
        assertThat(cli("session", "show", "seven").code()).isEqualTo(Cli.USAGE);
        assertThat(cli("session", "list", "--format", "xml").code()).isEqualTo(Cli.USAGE);
        Run missingStart = cli("session", "add", "--mentor", "ada@example.org", "--location", "Berlin office",
                "--duration", "45m", "--method", "in-person");
        Run badDuration = cli("session", "add", "--mentor", "ada@example.org", "--location", "Berlin office",
                "--start", "2026-12-01T10:00", "--duration", "45 parsecs", "--method", "in-person");
        Run noMentor = cli("session", "add", "--location", "Berlin office",
                "--start", "2026-12-01T10:00", "--duration", "45m", "--method", "in-person");

        assertThat(missingStart.code()).isEqualTo(Cli.USAGE);
        assertThat(missingStart.err()).contains("--start").contains("Usage:");
        assertThat(badDuration.code()).isEqualTo(Cli.USAGE);
        assertThat(badDuration.err()).contains("'45 parsecs' is not a duration");
        assertThat(noMentor.code()).isEqualTo(Cli.USAGE);
        assertThat(noMentor.err()).contains("--mentor");
        assertThat(allSessions()).isEmpty();
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsRefusedInOneLine() throws IOException {
        Path notAFile = Files.createDirectory(folder.resolve("a-folder.db"));

        Run run = cli("--db", notAFile.toString(), "session", "list");

        assertThat(run.code()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).contains("a-folder.db").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().strip()).doesNotContain("\n");
    }

    @Test
    void helpExitsWithZero() {
        Run run = cli("session", "add", "--help");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("--duration=DURATION").contains("--db=FILE");
    }

    @Test
    void theCommandListGivesEachCommandAWholeSentence() {
        Run run = cli("--help");

        assertThat(run.code()).isZero();
        String commands = run.out().substring(run.out().indexOf("Commands:"));
        // One entry per command: its name at two spaces' indent, wrapped lines indented deeper.
        List<String> entries = new ArrayList<>();
        for (String line : commands.lines().skip(1).toList()) {
            if (line.startsWith("  ") && !line.startsWith("   ")) {
                entries.add(line.strip());
            } else if (!entries.isEmpty() && !line.isBlank()) {
                entries.set(entries.size() - 1, entries.getLast() + " " + line.strip());
            }
        }
        assertThat(entries).as("commands listed").hasSizeGreaterThanOrEqualTo(5)
                .anySatisfy(entry -> assertThat(entry).startsWith("demo "))
                .allSatisfy(entry -> assertThat(entry).as("not cut mid-sentence").endsWith("."));
    }

    @Test
    void demoFillsAFreshDatabaseAndRefusesAUsedOne() {
        Run first = cli("demo");
        Run second = cli("demo");

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("6 locations, 29 people, 4 groups and 64 sessions");
        List<MentorshipSession> sessions = allSessions();
        assertThat(sessions).hasSize(64);
        assertThat(sessions).extracting(MentorshipSession::status)
                .contains(SessionStatus.DRAFT, SessionStatus.PUBLISHED, SessionStatus.CANCELLED);
        assertThat(sessions).filteredOn(MentorshipSession::isBooked).isNotEmpty();
        assertThat(sessions).filteredOn(MentorshipSession::isCancelled).hasSize(1);
        assertThat(sessions).allSatisfy(s -> assertThat(s.details().localStart().toLocalDate())
                .isBetween(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-12-06")));
        assertThat(locations())
                .extracting(l -> l.zone().getId()).doesNotHaveDuplicates().hasSize(6);
        assertThat(second.code()).isEqualTo(Cli.REFUSED);
        assertThat(second.err()).contains("already has 29 people");
        assertThat(allSessions()).hasSize(64);
    }

    @Test
    void withoutACommandTheAppStartsOnTheChosenDatabase() {
        Path other = folder.resolve("other.db");

        Run plain = cli();
        Run chosen = cli("--db", other.toString());
        Run actingWithoutCommand = cli("--as", "ada@example.org");

        assertThat(plain.code()).isZero();
        assertThat(chosen.code()).isZero();
        assertThat(actingWithoutCommand.code()).isEqualTo(Cli.USAGE);
        assertThat(appStarts).containsExactly(Optional.empty(), Optional.of(other));
    }

    @Test
    void theDatabaseOptionWorksAfterTheCommandToo() throws IOException {
        Path other = folder.resolve("other.db");
        Path locations = csv("locations.csv", "name,zone,kind\nBerlin office,Europe/Berlin,in-person\n");

        Run run = cli("import", "locations", locations.toString(), "--db", other.toString());

        assertThat(run.code()).as(run.err()).isZero();
        try (GuiceWorkspace workspace = GuiceWorkspace.open(other, runner.clock())) {
            assertThat(workspace.service(DirectoryService.class).locations()).hasSize(1);
        }
        assertThat(Files.exists(db)).isFalse();
    }
}

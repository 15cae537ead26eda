package org.mentorplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.cli.CliRunner.Run;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.port.SessionQuery;

/** {@code session duplicate}, {@code bulk-duplicate} and {@code cancel-series} end to end on a real SQLite file. */
class DuplicationCliTest {

    @RegisterExtension
    final CliRunner runner = new CliRunner();

    @TempDir
    Path folder;

    private Path db;
    private Person ada;
    private Person mia;
    private Location newYork;

    @BeforeEach
    void seed() {
        db = runner.db();
        inDatabase(w -> {
            DirectoryService directory = w.service(DirectoryService.class);
            ada = directory.savePerson(new DirectoryService.PersonInput("ada@example.org", "Ada", Set.of(Role.MENTOR), Set.of()));
            mia = directory.savePerson(new DirectoryService.PersonInput("mia@example.org", "Mia", Set.of(Role.MENTEE), Set.of()));
            newYork = directory.saveLocation(new DirectoryService.LocationInput("New York office", "America/New_York", "in-person"));
            return null;
        });
    }

    private Run cli(String... args) {
        return runner.run(args);
    }

    private <T> T inDatabase(Function<GuiceWorkspace, T> work) {
        return runner.inDatabase(work);
    }

    private long session(String start, Long menteeId) {
        SessionDetails details = new SessionDetails(ada.id(), menteeId, newYork.id(), LocalDateTime.parse(start), Duration.ofMinutes(45),
                EnrollmentMethod.IN_PERSON, null, "Room 4", Set.of(), "Career chat", "");
        return inDatabase(w -> w.service(SessionService.class).create(Actor.owner(), details, false).session().id());
    }

    private List<MentorshipSession> allSessions() {
        return inDatabase(w -> w.service(SessionService.class).list(SessionQuery.all()));
    }

    private MentorshipSession stored(long id) {
        return inDatabase(w -> w.service(SessionService.class).require(id));
    }

    @Test
    void duplicatePrintsTheNewIdAndLeavesTheMenteeBehind() {
        long source = session("2026-12-01T10:00", mia.id());

        Run run = cli("session", "duplicate", String.valueOf(source), "--start", "2026-12-08T11:00");

        assertThat(run.code()).as(run.err()).isZero();
        MentorshipSession copy = stored(Long.parseLong(run.out().strip()));
        assertThat(copy.details().localStart()).isEqualTo(LocalDateTime.parse("2026-12-08T11:00"));
        assertThat(copy.details().hasMentee()).isFalse();
        assertThat(copy.details().title()).isEqualTo("Career chat");
        assertThat(copy.status()).isEqualTo(SessionStatus.DRAFT);
        assertThat(copy.bookingToken()).isNull();
    }

    @Test
    void duplicateWithoutAStartTakesTheNextFreeSlotAfterTheSession() {
        long source = session("2026-12-01T10:00", null);
        session("2026-12-01T10:45", null); // the 45 minutes right after are taken

        Run run = cli("session", "duplicate", String.valueOf(source));

        assertThat(run.code()).as(run.err()).isZero();
        MentorshipSession copy = stored(Long.parseLong(run.out().strip()));
        assertThat(copy.details().localStart()).as("the first free slot of its length after the session")
                                               .isEqualTo(LocalDateTime.parse("2026-12-01T11:30"));
        assertThat(run.err()).contains("next free slot, 2026-12-01T11:30");
    }

    @Test
    void duplicateWithPublishPublishesTheCopy() {
        long source = session("2026-12-01T10:00", null);

        Run run = cli("session", "duplicate", String.valueOf(source), "--start", "2026-12-08T10:00", "--publish");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(stored(Long.parseLong(run.out().strip())).isPublished()).isTrue();
    }

    @Test
    void bulkDuplicateDryRunPrintsOneJsonObjectPerPlannedCopyAndWritesNothing() {
        long source = session("2027-03-02T10:00", null);
        long other = session("2027-03-16T10:30", null);
        int before = allSessions().size();

        Run run = cli("session", "bulk-duplicate", String.valueOf(source), "--every", "week", "--count", "2",
                "--dry-run", "--format", "json");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("""
                [
                  {
                    "sourceId": %1$d,
                    "date": "2027-03-09",
                    "start": "2027-03-09T10:00",
                    "end": "2027-03-09T10:45",
                    "zone": "America/New_York",
                    "offset": "-05:00",
                    "flags": [],
                    "created": true,
                    "notes": []
                  },
                  {
                    "sourceId": %1$d,
                    "date": "2027-03-16",
                    "start": "2027-03-16T10:00",
                    "end": "2027-03-16T10:45",
                    "zone": "America/New_York",
                    "offset": "-04:00",
                    "flags": [
                      "conflict"
                    ],
                    "created": false,
                    "notes": [
                      "Conflict: overlaps session #%2$d (2027-03-16 10:30–11:15); this copy is skipped."
                    ]
                  }
                ]""".formatted(source, other));
        assertThat(allSessions()).hasSize(before);
    }

    @Test
    void bulkDuplicateDryRunTableShowsDstShiftsAndSkippedMonths() {
        long gap = session("2027-03-07T02:30", null);
        long fifthTuesday = session("2026-12-29T09:00", null);

        Run weekly = cli("session", "bulk-duplicate", String.valueOf(gap), "--every", "week", "--count", "1", "--dry-run");
        Run monthly = cli("session", "bulk-duplicate", String.valueOf(fifthTuesday), "--every", "month-weekday", "--count", "1", "--dry-run");

        assertThat(weekly.code()).as(weekly.err()).isZero();
        assertThat(weekly.out()).contains("2027-03-14  03:30  04:15  America/New_York  dst-shifted  create")
                .contains("1 copy, 1 start moved by a DST gap. Nothing was written (dry run).");
        assertThat(monthly.out()).contains("2027-01-01  -      -      -                 skipped-month  skip");
        assertThat(allSessions()).hasSize(2);
    }

    @Test
    void bulkDuplicateUntilADateIncludesThatDateAndPrintsTheSeriesAndNewIds() {
        long source = session("2026-12-01T10:00", null);

        Run run = cli("session", "bulk-duplicate", String.valueOf(source), "--every", "week", "--until", "2026-12-22", "--publish");

        assertThat(run.code()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\\R");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("Series ");
        String seriesId = lines[0].substring("Series ".length());
        List<Long> ids = Arrays.stream(lines[1].split(" ")).map(Long::parseLong).toList();
        List<MentorshipSession> series = inDatabase(w -> w.service(SessionService.class).series(seriesId));
        assertThat(series).extracting(MentorshipSession::id).containsExactlyElementsOf(ids);
        assertThat(series).extracting(s -> s.details().localStart().toLocalDate().toString())
                .containsExactly("2026-12-08", "2026-12-15", "2026-12-22");
        assertThat(series).allSatisfy(copy -> assertThat(copy.isPublished()).isTrue());
        assertThat(run.err()).contains("3 copies");
    }

    @Test
    void bulkDuplicateKeepsTheMenteeOnlyWhenAsked() {
        long source = session("2026-12-01T10:00", mia.id());

        Run run = cli("session", "bulk-duplicate", String.valueOf(source), "--every", "2weeks", "--count", "2",
                "--keep-mentee", "--format", "json");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(allSessions()).filteredOn(s -> s.seriesId() != null).hasSize(2)
                .allSatisfy(copy -> assertThat(copy.details().menteeId()).isEqualTo(mia.id()));
        assertThat(run.out()).contains("\"seriesId\": \"").contains("\"ids\": [");
    }

    @Test
    void bulkDuplicateWithAbortOnConflictIsRefusedAndWritesNothing() {
        long source = session("2026-12-01T10:00", null);
        session("2026-12-15T10:30", null);
        List<MentorshipSession> before = allSessions();

        Run run = cli("session", "bulk-duplicate", String.valueOf(source), "--every", "week", "--count", "3", "--on-conflict", "abort");

        assertThat(run.code()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).contains("Nothing was copied: 1 copy conflicts").doesNotContain("Exception");
        assertThat(allSessions()).isEqualTo(before);
    }

    @Test
    void bulkDuplicateWithKeepOnConflictMakesEveryCopy() {
        long source = session("2026-12-01T10:00", null);
        session("2026-12-15T10:30", null);

        Run run = cli("session", "bulk-duplicate", String.valueOf(source), "--every", "week", "--count", "3", "--on-conflict", "keep");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("3 copies, 1 conflict kept");
        assertThat(allSessions()).hasSize(5);
    }

    @Test
    void bulkDuplicateRefusesBothCountAndUntilAndAnUnknownFrequency() {
        long source = session("2026-12-01T10:00", null);

        Run both = cli("session", "bulk-duplicate", String.valueOf(source), "--every", "week", "--count", "3", "--until", "2027-01-01");
        Run neither = cli("session", "bulk-duplicate", String.valueOf(source), "--every", "week");
        Run fortnightly = cli("session", "bulk-duplicate", String.valueOf(source), "--every", "fortnight", "--count", "3");

        assertThat(both.code()).isEqualTo(Cli.USAGE);
        assertThat(both.err()).contains("mutually exclusive");
        assertThat(neither.code()).isEqualTo(Cli.USAGE);
        assertThat(fortnightly.code()).isEqualTo(Cli.USAGE);
        assertThat(fortnightly.err()).contains("'fortnight' is not a frequency");
        assertThat(allSessions()).hasSize(1);
    }

    @Test
    void bulkDuplicateOfAnUnknownSessionIsRefusedInOneLine() {
        Run run = cli("session", "bulk-duplicate", "999", "--every", "week", "--count", "3");

        assertThat(run.code()).isEqualTo(Cli.REFUSED);
        assertThat(run.err().strip()).startsWith("No session #999").doesNotContain("\n");
    }

    @Test
    void cancelSeriesCancelsTheRestOfTheSeriesFromADate() {
        long source = session("2026-12-01T10:00", null);
        Run bulk = cli("session", "bulk-duplicate", String.valueOf(source), "--every", "week", "--count", "4", "--publish");
        String seriesId = bulk.out().strip().split("\\R")[0].substring("Series ".length());

        Run run = cli("session", "cancel-series", seriesId, "--from", "2026-12-22");
        Run again = cli("session", "cancel-series", seriesId, "--from", "2026-12-22");

        assertThat(run.code()).as(run.err()).isZero();
        List<MentorshipSession> series = inDatabase(w -> w.service(SessionService.class).series(seriesId));
        assertThat(run.out().strip()).isEqualTo(series.get(2).id() + " " + series.get(3).id());
        assertThat(series).extracting(MentorshipSession::status).containsExactly(
                SessionStatus.PUBLISHED, SessionStatus.PUBLISHED, SessionStatus.CANCELLED, SessionStatus.CANCELLED);
        assertThat(again.out()).contains("Nothing to cancel");
        assertThat(cli("session", "cancel-series", "no-such-series", "--from", "2026-12-22").code()).isEqualTo(Cli.REFUSED);
    }
}

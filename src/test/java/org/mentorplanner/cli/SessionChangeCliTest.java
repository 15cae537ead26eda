package org.mentorplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.cli.CliRunner.Run;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.SessionService;

/**
 * The session commands that change one session as the window does (edit, unpublish, book,
 * unbook, delete): real arguments, a real SQLite file, exit codes and messages checked.
 */
class SessionChangeCliTest {

    @RegisterExtension
    final CliRunner runner = new CliRunner();

    @TempDir
    Path folder;

    private Path db;

    @BeforeEach
    void setUp() throws IOException {
        db = runner.db();
        Path locations = Files.writeString(folder.resolve("locations.csv"), """
                name,zone,kind
                New York office,America/New_York,in-person
                Berlin office,Europe/Berlin,in-person
                Zoom,Asia/Kolkata,online
                """, StandardCharsets.UTF_8);
        Path people = Files.writeString(folder.resolve("people.csv"), """
                email,name,roles,groups
                ada@example.org,Ada Lovelace,mentor,Women in Tech
                bob@example.org,Bob Stone,mentor,
                mia@example.org,Mia Chen,mentee,Women in Tech
                noah@example.org,Noah Park,mentee,
                cora@example.org,Cora Diaz,coordinator,
                """, StandardCharsets.UTF_8);
        assertThat(cli("import", "locations", locations.toString()).code()).isZero();
        assertThat(cli("import", "people", people.toString()).code()).isZero();
    }

    private Run cli(String... args) {
        return runner.run(args);
    }

    /**
     * A session of Ada's in New York on 2026-12-01 at 10:00 for 45 minutes; {@code extra} holds options of session
     * add that replace or add to these: option-value pairs, and {@code --publish} on its own.
     */
    private String adasSession(String... extra) {
        Map<String, String> options = new LinkedHashMap<>();
        String[] defaults = {"--mentor", "ada@example.org", "--location", "New York office", "--start", "2026-12-01T10:00",
                "--duration", "45m", "--method", "in-person", "--title", "Career chat", "--place", "Room 4"};
        for (int i = 0; i < defaults.length; i += 2) {
            options.put(defaults[i], defaults[i + 1]);
        }
        List<String> args = new ArrayList<>(List.of("session", "add"));
        for (int i = 0; i < extra.length; i++) {
            if (extra[i].equals("--publish")) {
                args.add("--publish");
            } else {
                options.put(extra[i], extra[++i]);
            }
        }
        options.forEach((option, value) -> args.addAll(List.of(option, value)));
        Run run = cli(args.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        return run.out().strip();
    }

    private MentorshipSession session(String id) {
        return find(id).orElseThrow();
    }

    private Optional<MentorshipSession> find(String id) {
        try (GuiceWorkspace workspace = GuiceWorkspace.open(db, runner.clock())) {
            return workspace.service(SessionService.class).find(Long.parseLong(id));
        }
    }

    private long personId(String email) {
        try (GuiceWorkspace workspace = GuiceWorkspace.open(db, runner.clock())) {
            return workspace.service(DirectoryService.class).requirePerson(email).id();
        }
    }

    // ---- edit

    @Test
    void editMovesAndResizesAndKeepsEveryFieldNotGiven() {
        String id = adasSession("--group", "Women in Tech", "--notes", "Bring the CV");
        MentorshipSession before = session(id);

        Run run = cli("session", "edit", id, "--start", "2026-12-02T15:30", "--duration", "1h30m");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("Updated session #" + id + ": Wed 2026-12-02 15:30, 1h30m, New York office.");
        MentorshipSession after = session(id);
        assertThat(after.details().localStart()).isEqualTo(LocalDateTime.parse("2026-12-02T15:30"));
        assertThat(after.details().duration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(after.details().withLocalStart(before.details().localStart()).withDuration(before.details().duration()))
                .isEqualTo(before.details());
        assertThat(after.revision()).isEqualTo(before.revision() + 1);
    }

    @Test
    void editChangesTextFieldsMethodGroupsAndClearsWithAnEmptyValue() {
        String id = adasSession("--group", "Women in Tech");

        Run run = cli("session", "edit", id, "--location", "Zoom", "--method", "online", "--url", "https://meet.example.org/ada",
                "--place", "", "--title", "Portfolio review", "--notes", "Screen sharing", "--whole-organisation");

        assertThat(run.code()).as(run.err()).isZero();
        MentorshipSession after = session(id);
        assertThat(after.zone().getId()).isEqualTo("Asia/Kolkata");
        assertThat(after.details().localStart()).isEqualTo(LocalDateTime.parse("2026-12-01T10:00"));
        assertThat(after.details().method()).isEqualTo(EnrollmentMethod.ONLINE);
        assertThat(after.details().meetingUrl()).isEqualTo("https://meet.example.org/ada");
        assertThat(after.details().place()).isNull();
        assertThat(after.details().title()).isEqualTo("Portfolio review");
        assertThat(after.details().notes()).isEqualTo("Screen sharing");
        assertThat(after.details().groupIds()).isEmpty();
    }

    @Test
    void editWithAMenteeBooksADraftAndPublishesItWithANote() {
        String id = adasSession();

        Run run = cli("session", "edit", id, "--mentee", "mia@example.org");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("Note: Booked for the mentee at once, so the session is published.");
        assertThat(session(id).status()).isEqualTo(SessionStatus.PUBLISHED);
        assertThat(session(id).details().menteeId()).isEqualTo(personId("mia@example.org"));
    }

    @Test
    void editRefusesWhatTheRulesRefuseAndChangesNothing() {
        String id = adasSession();
        MentorshipSession before = session(id);

        Run onlineWithoutUrl = cli("session", "edit", id, "--method", "online", "--location", "Zoom");
        Run tooLong = cli("session", "edit", id, "--duration", "13h");
        Run unknownLocation = cli("session", "edit", id, "--location", "Mars base");
        Run unknownSession = cli("session", "edit", "999", "--title", "x");

        assertThat(onlineWithoutUrl.code()).isEqualTo(Cli.REFUSED);
        assertThat(onlineWithoutUrl.err()).contains("Meeting URL is required");
        assertThat(tooLong.code()).isEqualTo(Cli.REFUSED);
        assertThat(tooLong.err()).contains("Duration must be between 5 minutes and 12 hours.");
        assertThat(unknownLocation.code()).isEqualTo(Cli.REFUSED);
        assertThat(unknownLocation.err()).contains("Mars base");
        assertThat(unknownSession.code()).isEqualTo(Cli.REFUSED);
        assertThat(unknownSession.err().strip()).isEqualTo("No session #999.");
        assertThat(session(id)).isEqualTo(before);
    }

    @Test
    void editOfACancelledSessionIsRefused() {
        String id = adasSession("--publish");
        assertThat(cli("session", "cancel", id).code()).isZero();

        Run run = cli("session", "edit", id, "--title", "Revived");

        assertThat(run.code()).isEqualTo(Cli.REFUSED);
        assertThat(run.err().strip()).isEqualTo("Session #" + id + " is cancelled and can no longer be changed.");
        assertThat(session(id).details().title()).isEqualTo("Career chat");
    }

    @Test
    void editWithoutAnyChangeOrWithContradictingOptionsIsAUsageError() {
        String id = adasSession();

        Run nothing = cli("session", "edit", id);
        Run contradicting = cli("session", "edit", id, "--group", "Women in Tech", "--whole-organisation");
        Run badStart = cli("session", "edit", id, "--start", "tomorrow");
        Run noId = cli("session", "edit", "--title", "x");

        assertThat(nothing.code()).isEqualTo(Cli.USAGE);
        assertThat(nothing.err()).contains("Nothing to change").contains("Usage:");
        assertThat(contradicting.code()).isEqualTo(Cli.USAGE);
        assertThat(contradicting.err()).contains("--group and --whole-organisation");
        assertThat(badStart.code()).isEqualTo(Cli.USAGE);
        assertThat(badStart.err()).contains("'tomorrow' is not a date and time");
        assertThat(noId.code()).isEqualTo(Cli.USAGE);
        assertThat(session(id).revision()).isZero();
    }

    @Test
    void aMentorCanEditTheirOwnSessionButNeitherAnotherMentorsNorHandItOver() {
        String id = adasSession();

        Run byBob = cli("--as", "bob@example.org", "session", "edit", id, "--start", "2026-12-01T11:00");
        Run toBob = cli("--as", "ada@example.org", "session", "edit", id, "--mentor", "bob@example.org");
        Run byAda = cli("--as", "ada@example.org", "session", "edit", id, "--duration", "30m");
        Run byCoordinator = cli("--as", "cora@example.org", "session", "edit", id, "--mentor", "bob@example.org");

        assertThat(byBob.code()).isEqualTo(Cli.REFUSED);
        assertThat(byBob.err()).contains("belongs to Ada Lovelace; as a mentor you can only change your own sessions");
        assertThat(toBob.code()).isEqualTo(Cli.REFUSED);
        assertThat(toBob.err()).contains("As a mentor you can only schedule your own sessions");
        assertThat(byAda.code()).as(byAda.err()).isZero();
        assertThat(byCoordinator.code()).as(byCoordinator.err()).isZero();
        MentorshipSession after = session(id);
        assertThat(after.details().localStart()).isEqualTo(LocalDateTime.parse("2026-12-01T10:00"));
        assertThat(after.details().duration()).isEqualTo(Duration.ofMinutes(30));
        assertThat(after.mentorId()).isEqualTo(personId("bob@example.org"));
    }

    // ---- unpublish

    @Test
    void unpublishMakesADraftAndRevokesTheBookingLink() {
        String id = adasSession("--publish");
        String draft = adasSession("--start", "2026-12-03T10:00");

        Run run = cli("session", "unpublish", id);
        Run again = cli("session", "unpublish", draft);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Unpublished session #" + id + ": it is a draft again and its booking link no longer works.");
        assertThat(session(id).status()).isEqualTo(SessionStatus.DRAFT);
        assertThat(session(id).bookingToken()).isNull();
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("Session #" + draft + " is a draft already; nothing changed.");
        assertThat(session(draft).revision()).isZero();
    }

    @Test
    void unpublishOfABookedOrCancelledSessionIsRefused() {
        String booked = adasSession("--mentee", "mia@example.org");
        String cancelled = adasSession("--start", "2026-12-03T10:00", "--publish");
        assertThat(cli("session", "cancel", cancelled).code()).isZero();

        Run ofBooked = cli("session", "unpublish", booked);
        Run ofCancelled = cli("session", "unpublish", cancelled);

        assertThat(ofBooked.code()).isEqualTo(Cli.REFUSED);
        assertThat(ofBooked.err().strip()).isEqualTo("Session #" + booked
                + " is booked: remove the mentee or cancel it instead of unpublishing.");
        assertThat(session(booked).status()).isEqualTo(SessionStatus.PUBLISHED);
        assertThat(ofCancelled.code()).isEqualTo(Cli.REFUSED);
        assertThat(ofCancelled.err()).contains("is cancelled and can no longer be changed");
    }

    @Test
    void unpublishOfAnotherMentorsSessionIsRefusedAndAnUnknownOptionIsAUsageError() {
        String id = adasSession("--publish");

        Run byBob = cli("--as", "bob@example.org", "session", "unpublish", id);
        Run bogus = cli("session", "unpublish", id, "--force");

        assertThat(byBob.code()).isEqualTo(Cli.REFUSED);
        assertThat(byBob.err()).contains("as a mentor you can only change your own sessions");
        assertThat(bogus.code()).isEqualTo(Cli.USAGE);
        assertThat(session(id).status()).isEqualTo(SessionStatus.PUBLISHED);
    }

    // ---- book and unbook

    @Test
    void bookBooksAnOpenSessionAndPublishesADraft() {
        String open = adasSession("--publish");
        String draft = adasSession("--start", "2026-12-03T10:00");

        Run bookOpen = cli("session", "book", open, "--mentee", "mia@example.org");
        Run bookDraft = cli("session", "book", draft, "--mentee", "noah@example.org");
        Run again = cli("session", "book", open, "--mentee", "mia@example.org");

        assertThat(bookOpen.code()).as(bookOpen.err()).isZero();
        assertThat(bookOpen.out()).startsWith("Booked session #" + open + " for Mia Chen <mia@example.org>. Booking link: https://");
        assertThat(session(open).isBooked()).isTrue();
        assertThat(session(open).details().menteeId()).isEqualTo(personId("mia@example.org"));
        assertThat(bookDraft.code()).as(bookDraft.err()).isZero();
        assertThat(bookDraft.err()).contains("so the session is published");
        assertThat(session(draft).status()).isEqualTo(SessionStatus.PUBLISHED);
        assertThat(again.code()).isZero();
        assertThat(again.out()).isEmpty();
        assertThat(again.err()).contains("was already booked by Mia Chen <mia@example.org>; nothing changed.");
        assertThat(session(open).revision()).isEqualTo(1);
    }

    @Test
    void bookRefusesASessionBookedBySomeoneElseACancelledOneAndTheMentorThemself() {
        String booked = adasSession("--mentee", "mia@example.org");
        String cancelled = adasSession("--start", "2026-12-03T10:00", "--publish");
        String open = adasSession("--start", "2026-12-04T10:00", "--publish");
        assertThat(cli("session", "cancel", cancelled).code()).isZero();

        Run taken = cli("session", "book", booked, "--mentee", "noah@example.org");
        Run ofCancelled = cli("session", "book", cancelled, "--mentee", "noah@example.org");
        Run byMentor = cli("session", "book", open, "--mentee", "ada@example.org");
        Run unknown = cli("session", "book", open, "--mentee", "ghost@example.org");

        assertThat(taken.code()).isEqualTo(Cli.REFUSED);
        assertThat(taken.err().strip()).isEqualTo("Session #" + booked
                + " is already booked by Mia Chen <mia@example.org>: unbook it first, or book another session.");
        assertThat(session(booked).details().menteeId()).isEqualTo(personId("mia@example.org"));
        assertThat(ofCancelled.code()).isEqualTo(Cli.REFUSED);
        assertThat(ofCancelled.err()).contains("is cancelled and can no longer be changed");
        assertThat(session(cancelled).details().hasMentee()).isFalse();
        assertThat(byMentor.code()).isEqualTo(Cli.REFUSED);
        assertThat(byMentor.err()).contains("The mentee cannot be the mentor");
        assertThat(unknown.code()).isEqualTo(Cli.REFUSED);
        assertThat(unknown.err()).contains("ghost@example.org");
        assertThat(session(open).isBooked()).isFalse();
    }

    @Test
    void bookWithoutAMenteeIsAUsageErrorAndAnotherMentorsSessionIsRefused() {
        String id = adasSession("--publish");

        Run noMentee = cli("session", "book", id);
        Run byBob = cli("--as", "bob@example.org", "session", "book", id, "--mentee", "mia@example.org");

        assertThat(noMentee.code()).isEqualTo(Cli.USAGE);
        assertThat(noMentee.err()).contains("--mentee");
        assertThat(byBob.code()).isEqualTo(Cli.REFUSED);
        assertThat(byBob.err()).contains("as a mentor you can only change your own sessions");
        assertThat(session(id).isBooked()).isFalse();
    }

    @Test
    void unbookOpensTheSessionAgainWithTheSameLinkAndNamesTheMentee() {
        String id = adasSession("--mentee", "mia@example.org");
        String token = session(id).bookingToken();

        Run run = cli("session", "unbook", id);
        Run again = cli("session", "unbook", id);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("Unbooked session #" + id + "; it is open for booking again.");
        assertThat(run.err()).contains("It was booked by Mia Chen <mia@example.org>; let them know.");
        MentorshipSession after = session(id);
        assertThat(after.details().hasMentee()).isFalse();
        assertThat(after.status()).isEqualTo(SessionStatus.PUBLISHED);
        assertThat(after.bookingToken()).isEqualTo(token);
        assertThat(again.code()).isZero();
        assertThat(again.err()).contains("was not booked; nothing changed.");
        assertThat(session(id).revision()).isEqualTo(after.revision());
    }

    @Test
    void unbookRefusesACancelledSessionAnotherMentorsSessionAndAMissingId() {
        String cancelled = adasSession("--mentee", "mia@example.org");
        String booked = adasSession("--start", "2026-12-03T10:00", "--mentee", "noah@example.org");
        assertThat(cli("session", "cancel", cancelled).code()).isZero();

        Run ofCancelled = cli("session", "unbook", cancelled);
        Run byBob = cli("--as", "bob@example.org", "session", "unbook", booked);
        Run noId = cli("session", "unbook");

        assertThat(ofCancelled.code()).isEqualTo(Cli.REFUSED);
        assertThat(ofCancelled.err()).contains("is cancelled and can no longer be changed");
        assertThat(byBob.code()).isEqualTo(Cli.REFUSED);
        assertThat(byBob.err()).contains("as a mentor you can only change your own sessions");
        assertThat(session(booked).isBooked()).isTrue();
        assertThat(noId.code()).isEqualTo(Cli.USAGE);
    }

    // ---- delete

    @Test
    void deleteRemovesADraftForGood() {
        String id = adasSession();

        Run run = cli("session", "delete", id);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("Deleted session #" + id + ".");
        assertThat(find(id)).isEmpty();
    }

    @Test
    void deleteRefusesPublishedAndCancelledSessionsAndAnotherMentorsDraft() {
        String published = adasSession("--publish");
        String cancelled = adasSession("--start", "2026-12-03T10:00", "--publish");
        String draft = adasSession("--start", "2026-12-04T10:00");
        assertThat(cli("session", "cancel", cancelled).code()).isZero();

        Run ofPublished = cli("session", "delete", published);
        Run ofCancelled = cli("session", "delete", cancelled);
        Run byBob = cli("--as", "bob@example.org", "session", "delete", draft);
        Run notANumber = cli("session", "delete", "first");

        assertThat(ofPublished.code()).isEqualTo(Cli.REFUSED);
        assertThat(ofPublished.err().strip()).isEqualTo("Only drafts can be deleted; cancel session #" + published + " instead.");
        assertThat(ofCancelled.code()).isEqualTo(Cli.REFUSED);
        assertThat(byBob.code()).isEqualTo(Cli.REFUSED);
        assertThat(byBob.err()).contains("as a mentor you can only change your own sessions");
        assertThat(notANumber.code()).isEqualTo(Cli.USAGE);
        assertThat(find(published)).isPresent();
        assertThat(find(cancelled)).isPresent();
        assertThat(find(draft)).isPresent();
    }
}

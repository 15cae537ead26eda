package org.mentorplanner.caldav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.recurrence.Frequency;
import org.mentorplanner.domain.recurrence.Recurrence;
import org.mentorplanner.domain.recurrence.RecurrenceEnd;
import org.mentorplanner.export.ExportWorld;
import org.mentorplanner.service.CalendarAccount;
import org.mentorplanner.service.CalendarCollection;
import org.mentorplanner.service.CalendarServer;
import org.mentorplanner.service.CalendarServerException;
import org.mentorplanner.service.CalendarSyncRequest;
import org.mentorplanner.service.CalendarSyncResult;
import org.mentorplanner.service.CalendarSyncService;
import org.mentorplanner.service.DuplicationRequest;
import org.mentorplanner.service.DuplicationService;
import org.mentorplanner.service.PlanningSyncResult;
import org.mentorplanner.service.PlanningSyncService;
import org.mentorplanner.service.SessionFields;
import org.mentorplanner.service.SyncConflictView;
import org.mentorplanner.service.WorkProgress;
import org.mentorplanner.service.port.SessionQuery;
import org.mentorplanner.service.port.Storage;

/**
 * Two planners (two database files with the same directory) sharing a planning calendar on a
 * real Radicale, with a third client that is not ours writing to it directly.
 */
class PlanningSyncTest {

    @RegisterExtension
    static final RadicaleServer RADICALE = new RadicaleServer();

    @TempDir
    Path folder;

    private Planner a;
    private Planner b;
    private URI calendar;

    @BeforeEach
    void setUp() throws Exception {
        calendar = RADICALE.newCalendar();
        a = new Planner(folder.resolve("a"));
        b = new Planner(folder.resolve("b"));
    }

    @AfterEach
    void tearDown() {
        a.world.close();
        b.world.close();
    }

    @Test
    void everySessionACreatesReachesBWithEveryFieldAndTheSameUid() {
        MentorshipSession published = a.world.publish(a.world.inPerson(a.world.ada, "2026-12-01T10:00", "Career chat"));
        a.world.draft(a.world.online(a.world.bob, "2026-12-02T09:30", "Draft review"));
        a.world.publish(ExportWorld.restrictedTo(a.world.inPerson(a.world.bob, "2026-12-03T10:00", "Women in Tech only"),
                a.world.womenInTech));
        a.world.sessions.create(Actor.owner(), a.world.online(a.world.ada, "2026-12-04T08:00", "Booked")
                                                         .withMentee(a.world.mia.id()), true);
        a.world.workspace.service(DuplicationService.class).run(Actor.owner(), DuplicationRequest.of(List.of(published.id()),
                new Recurrence(Frequency.weekly(), RecurrenceEnd.count(3))));

        PlanningSyncResult first = a.sync();
        PlanningSyncResult pulled = b.sync();

        assertThat(first.created()).isEqualTo(7);
        assertThat(pulled.pulled()).isEqualTo(7);
        assertThat(pulled.problems()).isEmpty();
        assertThat(b.fieldsByUid()).isEqualTo(a.fieldsByUid()).hasSize(7);
    }

    @Test
    void aSyncRightAfterASyncIsOneRequestAndSendsNothing() {
        for (int day = 1; day <= 5; day++) {
            a.world.publish(a.world.inPerson(a.world.ada, "2026-12-0" + day + "T10:00", "Chat " + day));
        }
        a.sync();
        b.sync();
        a.sync();

        a.requests.clear();
        b.requests.clear();
        PlanningSyncResult again = a.sync();
        b.sync();

        assertThat(a.requests).containsExactly("changesSince");
        assertThat(b.requests).containsExactly("changesSince");
        assertThat(again.created() + again.updated() + again.deleted() + again.pulled()).isZero();
    }

    @Test
    void editsMovesAndCancellationsInBReachA() {
        MentorshipSession chat = a.world.publish(a.world.inPerson(a.world.ada, "2026-12-01T10:00", "Career chat"));
        MentorshipSession review = a.world.publish(a.world.online(a.world.bob, "2026-12-02T09:30", "Code review"));
        a.sync();
        b.sync();

        MentorshipSession chatInB = b.byUid(chat.uid());
        b.world.sessions.update(Actor.owner(), chatInB.id(), chatInB.details().withLocalStart(LocalDateTime.parse("2026-12-01T14:00")));
        b.world.sessions.cancel(Actor.owner(), b.byUid(review.uid()).id());
        b.sync();
        PlanningSyncResult pulled = a.sync();

        assertThat(pulled.pulled()).isEqualTo(2);
        assertThat(a.world.sessions.require(chat.id()).details().localStart()).isEqualTo(LocalDateTime.parse("2026-12-01T14:00"));
        assertThat(a.world.sessions.require(review.id()).isCancelled()).isTrue();
        assertThat(a.fieldsByUid()).isEqualTo(b.fieldsByUid());
    }

    @Test
    void changesToDifferentFieldsOnBothSidesMergeWithoutAConflict() {
        MentorshipSession chat = a.world.publish(a.world.inPerson(a.world.ada, "2026-12-01T10:00", "Career chat"));
        a.sync();
        b.sync();

        a.world.sessions.update(Actor.owner(), chat.id(), chat.details().withLocalStart(LocalDateTime.parse("2026-12-01T15:00")));
        MentorshipSession inB = b.byUid(chat.uid());
        b.world.sessions.update(Actor.owner(), inB.id(), withNotes(inB.details(), "Bring your CV"));
        a.sync();
        PlanningSyncResult merged = b.sync();
        a.sync();

        assertThat(merged.conflicts()).isEmpty();
        for (Planner planner : List.of(a, b)) {
            MentorshipSession now = planner.byUid(chat.uid());
            assertThat(now.details().localStart()).isEqualTo(LocalDateTime.parse("2026-12-01T15:00"));
            assertThat(now.details().notes()).isEqualTo("Bring your CV");
        }
        a.requests.clear();
        assertThat(a.sync().updated()).isZero();
        assertThat(a.requests).containsExactly("changesSince");
    }

    @Test
    void theSameFieldChangedOnBothSidesIsAConflictUntilOneSideIsKept() {
        MentorshipSession chat = a.world.publish(a.world.inPerson(a.world.ada, "2026-12-01T10:00", "Career chat"));
        a.sync();
        b.sync();

        a.world.sessions.update(Actor.owner(), chat.id(), withNotes(chat.details(), "Room changed to 5"));
        MentorshipSession inB = b.byUid(chat.uid());
        b.world.sessions.update(Actor.owner(), inB.id(), withNotes(inB.details(), "Bring your CV"));
        a.sync();
        PlanningSyncResult found = b.sync();

        assertThat(found.conflicts()).hasSize(1);
        assertThat(found.conflicts().get(0)).contains("notes: mine \"Bring your CV\", theirs \"Room changed to 5\"");
        List<SyncConflictView> open = b.service.conflicts();
        assertThat(open).extracting(SyncConflictView::sessionId).containsExactly(inB.id());
        assertThat(b.byUid(chat.uid()).details().notes()).isEqualTo("Bring your CV");
        assertThat(b.sync().conflicts()).hasSize(1); // still open, still not overwritten
        assertThat(a.sync().pulled()).isZero();

        b.service.resolve(inB.id(), true);
        b.sync();
        a.sync();

        assertThat(b.service.conflicts()).isEmpty();
        assertThat(a.world.sessions.require(chat.id()).details().notes()).isEqualTo("Bring your CV");
        assertThat(a.fieldsByUid()).isEqualTo(b.fieldsByUid());
    }

    @Test
    void keepingTheirsTakesTheServersValueAtOnceAndTheNextSyncOnlyTakesTheMarkAway() throws Exception {
        MentorshipSession chat = a.world.publish(a.world.inPerson(a.world.ada, "2026-12-01T10:00", "Career chat"));
        a.sync();
        b.sync();
        a.world.sessions.update(Actor.owner(), chat.id(), withNotes(chat.details(), "Room changed to 5"));
        MentorshipSession inB = b.byUid(chat.uid());
        b.world.sessions.update(Actor.owner(), inB.id(), withNotes(inB.details(), "Bring your CV"));
        a.sync();
        b.sync();

        MentorshipSession kept = b.service.resolve(inB.id(), false);
        b.requests.clear();
        PlanningSyncResult after = b.sync();

        assertThat(kept.details().notes()).isEqualTo("Room changed to 5");
        assertThat(after.updated()).isEqualTo(1);
        assertThat(b.requests).containsExactly("changesSince", "update");
        assertThat(onlyEvent()).doesNotContain("X-MENTORPLANNER-CONFLICT");
        b.requests.clear();
        b.sync();
        assertThat(b.requests).containsExactly("changesSince");
        assertThatThrownBy(() -> b.service.resolve(inB.id(), true)).hasMessageContaining("has no sync conflict");
        PlanningSyncResult inA = a.sync();
        assertThat(inA.conflicts()).isEmpty();
        assertThat(a.fieldsByUid()).isEqualTo(b.fieldsByUid());
    }

    @Test
    void aConflictFoundByOnePlannerShowsInBothAndMineInTheOtherResolvesItEverywhere() throws Exception {
        MentorshipSession chat = a.world.publish(a.world.inPerson(a.world.ada, "2026-12-01T10:00", "Career chat"));
        a.sync();
        b.sync();
        MentorshipSession inB = b.byUid(chat.uid());
        // Both edit the notes offline; A also moves it, which is no conflict.
        a.world.sessions.update(Actor.owner(), chat.id(), withNotes(chat.details(), "Room changed to 5")
                .withLocalStart(LocalDateTime.parse("2026-12-01T15:00")));
        b.world.sessions.update(Actor.owner(), inB.id(), withNotes(inB.details(), "Bring your CV"));
        a.sync();

        PlanningSyncResult foundInB = b.sync();
        PlanningSyncResult foundInA = a.sync();

        assertThat(foundInB.conflicts()).singleElement().asString().contains("notes: mine \"Bring your CV\", theirs \"Room changed to 5\"");
        assertThat(foundInA.conflicts()).singleElement().asString().contains("notes: mine \"Room changed to 5\", theirs \"Bring your CV\"");
        assertThat(a.service.conflicts()).singleElement().satisfies(open -> {
            assertThat(open.sessionId()).isEqualTo(chat.id());
            assertThat(open.fields()).containsExactly(SessionFields.Field.NOTES);
        });
        assertThat(b.service.conflicts()).extracting(SyncConflictView::sessionId).containsExactly(inB.id());
        // Neither side was overwritten; the event still shows A's notes and carries B's as the mark.
        assertThat(a.world.sessions.require(chat.id()).details().notes()).isEqualTo("Room changed to 5");
        assertThat(b.byUid(chat.uid()).details().notes()).isEqualTo("Bring your CV");
        assertThat(onlyEvent()).contains("X-MENTORPLANNER-NOTES:Room changed to 5")
                               .contains("X-MENTORPLANNER-CONFLICT;X-FIELD=NOTES:Bring your CV");
        // No ping-pong while the conflict is open: each sync is one request.
        a.requests.clear();
        b.requests.clear();
        a.sync();
        b.sync();
        assertThat(a.requests).containsExactly("changesSince");
        assertThat(b.requests).containsExactly("changesSince");

        a.service.resolve(chat.id(), true);
        PlanningSyncResult pushed = a.sync();
        PlanningSyncResult resolvedInB = b.sync();

        assertThat(pushed.updated()).isEqualTo(1);
        assertThat(resolvedInB.changes()).anyMatch(line -> line.contains("resolved in another planner"));
        assertThat(resolvedInB.conflicts()).isEmpty();
        assertThat(a.service.conflicts()).isEmpty();
        assertThat(b.service.conflicts()).isEmpty();
        assertThat(b.byUid(chat.uid()).details().notes()).isEqualTo("Room changed to 5");
        assertThat(b.byUid(chat.uid()).details().localStart()).isEqualTo(LocalDateTime.parse("2026-12-01T15:00"));
        assertThat(onlyEvent()).doesNotContain("X-MENTORPLANNER-CONFLICT");
        assertThat(a.fieldsByUid()).isEqualTo(b.fieldsByUid());
        a.requests.clear();
        b.requests.clear();
        a.sync();
        b.sync();
        assertThat(a.requests).containsExactly("changesSince");
        assertThat(b.requests).containsExactly("changesSince");
    }

    @Test
    void mineInThePlannerThatFoundTheConflictResolvesItInTheOtherAndKeepsEveryOtherChange() throws Exception {
        MentorshipSession chat = a.world.publish(a.world.inPerson(a.world.ada, "2026-12-01T10:00", "Career chat"));
        a.sync();
        b.sync();
        MentorshipSession inB = b.byUid(chat.uid());
        a.world.sessions.update(Actor.owner(), chat.id(), withNotes(chat.details(), "Room changed to 5")
                .withDuration(Duration.ofMinutes(90)));
        b.world.sessions.update(Actor.owner(), inB.id(), withNotes(inB.details(), "Bring your CV")
                .withLocalStart(LocalDateTime.parse("2026-12-01T08:00")));
        a.sync();
        b.sync();
        assertThat(a.sync().conflicts()).hasSize(1);

        b.service.resolve(inB.id(), true);
        PlanningSyncResult pushed = b.sync();
        PlanningSyncResult resolvedInA = a.sync();

        assertThat(pushed.updated()).isEqualTo(1);
        assertThat(resolvedInA.conflicts()).isEmpty();
        assertThat(a.service.conflicts()).isEmpty();
        for (Planner planner : List.of(a, b)) {
            MentorshipSession now = planner.byUid(chat.uid());
            assertThat(now.details().notes()).isEqualTo("Bring your CV");
            assertThat(now.details().duration()).isEqualTo(Duration.ofMinutes(90));
            assertThat(now.details().localStart()).isEqualTo(LocalDateTime.parse("2026-12-01T08:00"));
        }
        a.requests.clear();
        b.requests.clear();
        a.sync();
        b.sync();
        assertThat(a.requests).containsExactly("changesSince");
        assertThat(b.requests).containsExactly("changesSince");
    }

    /** The one event of the planning calendar, as the server holds it, unfolded. */
    private String onlyEvent() throws Exception {
        Map<String, String> events = RADICALE_events();
        assertThat(events).hasSize(1);
        return unfolded(RADICALE.get(calendar, events.keySet().iterator().next()));
    }

    @Test
    void anEditBeatsADeleteAndTheSyncSaysSo() {
        MentorshipSession draft = a.world.draft(a.world.inPerson(a.world.ada, "2026-12-01T10:00", "Draft chat"));
        a.sync();
        b.sync();

        a.world.sessions.delete(Actor.owner(), draft.id());
        MentorshipSession inB = b.byUid(draft.uid());
        b.world.sessions.update(Actor.owner(), inB.id(), withNotes(inB.details(), "Still wanted"));
        b.sync();
        PlanningSyncResult back = a.sync();

        assertThat(back.changes()).anyMatch(line -> line.contains("deleted here but changed on the server, so it is back"));
        assertThat(a.byUid(draft.uid()).details().notes()).isEqualTo("Still wanted");
        assertThat(RADICALE_events()).hasSize(1);
    }

    @Test
    void aDeleteWithoutAnEditReachesTheOtherPlanner() {
        MentorshipSession draft = a.world.draft(a.world.inPerson(a.world.ada, "2026-12-01T10:00", "Draft chat"));
        a.sync();
        b.sync();

        a.world.sessions.delete(Actor.owner(), draft.id());
        assertThat(a.sync().deleted()).isEqualTo(1);
        PlanningSyncResult pulled = b.sync();

        assertThat(pulled.pulled()).isEqualTo(1);
        assertThat(b.world.sessions.list(SessionQuery.all())).isEmpty();
    }

    @Test
    void anEventWithAnUnknownMentorIsReportedAndLeftOnTheServer() throws Exception {
        MentorshipSession chat = a.world.publish(a.world.inPerson(a.world.ada, "2026-12-01T10:00", "Career chat"));
        a.sync();
        String href = RADICALE_events().keySet().iterator().next();
        String body = RADICALE.get(calendar, href);
        RADICALE.put(calendar, href, body.replace("X-MENTORPLANNER-MENTOR:ada@example.org", "X-MENTORPLANNER-MENTOR:zoe@example.org"));
        String before = RADICALE.get(calendar, href);

        PlanningSyncResult result = b.sync();

        assertThat(result.problems()).singleElement().asString()
                .endsWith("was left on the server: its mentor zoe@example.org is not a mentor in this planner: "
                        + "import the same people as the other planners, then sync again.");
        assertThat(b.world.sessions.list(SessionQuery.all())).isEmpty();
        // A cannot take the change either: its session stays as it was, the event as the other app left it.
        assertThat(a.sync().problems()).singleElement().asString().contains("zoe@example.org");
        assertThat(a.world.sessions.require(chat.id()).mentorId()).isEqualTo(a.world.ada.id());
        assertThat(RADICALE.get(calendar, href)).isEqualTo(before);
    }

    @Test
    void anInvalidSyncTokenFallsBackToAFullListingAndConverges() {
        a.world.publish(a.world.inPerson(a.world.ada, "2026-12-01T10:00", "Career chat"));
        a.sync();
        b.sync();
        a.world.publish(a.world.inPerson(a.world.ada, "2026-12-02T10:00", "Second chat"));
        a.sync();
        b.storage.transactVoid(repos -> repos.planningSync().saveState(calendar.toString(),
                "http://radicale.org/ns/sync/0000000000000000000000000000000000000000000000000000000000000000",
                ExportWorld.NOW));

        PlanningSyncResult pulled = b.sync();

        assertThat(pulled.pulled()).isEqualTo(1);
        assertThat(b.fieldsByUid()).isEqualTo(a.fieldsByUid());
    }

    @Test
    void aSyncThatStopsHalfwayIsFinishedByTheNextWithoutDuplicates() {
        for (int i = 0; i < 30; i++) {
            a.world.publish(a.world.inPerson(a.world.ada, LocalDateTime.parse("2026-12-01T08:00").plusDays(i).toString(), "Chat " + i));
        }
        a.failAfterWrites = 12;
        assertThatThrownBy(a::sync).isInstanceOf(CalendarServerException.class);
        a.failAfterWrites = -1;

        PlanningSyncResult rest = a.sync();
        b.sync();

        assertThat(rest.created()).isEqualTo(18);
        assertThat(RADICALE_events()).hasSize(30);
        assertThat(b.fieldsByUid()).isEqualTo(a.fieldsByUid()).hasSize(30);
    }

    @Test
    void aServerErrorWhilePullingChangesNothingAndTheNextSyncConverges() {
        a.world.publish(a.world.inPerson(a.world.ada, "2026-12-01T10:00", "Career chat"));
        a.sync();
        b.sync();
        a.world.publish(a.world.inPerson(a.world.ada, "2026-12-02T10:00", "Second chat"));
        a.sync();

        b.failReads = true;
        assertThatThrownBy(b::sync).isInstanceOf(CalendarServerException.class).hasMessageContaining("503");
        assertThat(b.fieldsByUid()).hasSize(1);
        b.failReads = false;
        PlanningSyncResult pulled = b.sync();

        assertThat(pulled.pulled()).isEqualTo(1);
        assertThat(b.fieldsByUid()).isEqualTo(a.fieldsByUid());
    }

    @Test
    void aWriteRefusedWith412IsMergedByTheNextSync() throws Exception {
        MentorshipSession chat = a.world.publish(a.world.inPerson(a.world.ada, "2026-12-01T10:00", "Career chat"));
        a.sync();
        b.sync();
        MentorshipSession inB = b.byUid(chat.uid());
        b.world.sessions.update(Actor.owner(), inB.id(), inB.details().withDuration(Duration.ofMinutes(90)));
        a.world.sessions.update(Actor.owner(), chat.id(), withNotes(chat.details(), "Bring your CV"));
        // B's change reaches the server after A's pull and before A's write: A's If-Match fails.
        a.beforeUpdate = (href, etag) -> b.sync();

        PlanningSyncResult refused = a.sync();
        a.beforeUpdate = null;
        PlanningSyncResult merged = a.sync();
        b.sync();

        assertThat(refused.changes()).anyMatch(line -> line.startsWith("left for the next sync"));
        assertThat(merged.conflicts()).isEmpty();
        for (Planner planner : List.of(a, b)) {
            MentorshipSession now = planner.byUid(chat.uid());
            assertThat(now.details().duration()).isEqualTo(Duration.ofMinutes(90));
            assertThat(now.details().notes()).isEqualTo("Bring your CV");
        }
    }

    @Test
    void aCreateRefusedBecauseAnotherResourceHoldsTheUidUpdatesThatResource() {
        MentorshipSession chat = a.world.publish(a.world.inPerson(a.world.ada, "2026-12-01T10:00", "Career chat"));
        // Another client stores the same event under its own name between A's pull and A's PUT.
        a.beforeCreate = (href, body) -> {
            try {
                RADICALE.put(calendar, calendar.getPath() + "copied-by-another-app.ics", body.replace("SUMMARY:Career chat", "SUMMARY:Old"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };

        PlanningSyncResult result = a.sync();
        b.sync();

        assertThat(result.updated()).isEqualTo(1);
        assertThat(RADICALE_events()).containsOnlyKeys(calendar.getPath() + "copied-by-another-app.ics");
        assertThat(b.byUid(chat.uid()).displayTitle()).isEqualTo("Career chat");
    }

    @Test
    void aWrongPasswordIsRefusedAndTheNextSyncConverges() {
        a.world.publish(a.world.inPerson(a.world.ada, "2026-12-01T10:00", "Career chat"));
        CalendarAccount wrong = new CalendarAccount(calendar, RadicaleServer.USER, "not the password");

        assertThatThrownBy(() -> a.service.sync(wrong, WorkProgress.none()))
                .isInstanceOf(CalendarServerException.class).hasMessageContaining("refused the login");
        a.sync();
        b.sync();

        assertThat(b.fieldsByUid()).isEqualTo(a.fieldsByUid()).hasSize(1);
    }

    @Test
    void anAttendeeAddedOnTheTeamCalendarBooksTheSessionInBothPlannersAndADeclineFreesIt() throws Exception {
        URI team = RADICALE.newCalendar();
        MentorshipSession open = a.world.publish(a.world.inPerson(a.world.ada, "2026-12-01T10:00", "Career chat"));
        a.world.draft(a.world.inPerson(a.world.ada, "2026-12-02T10:00", "Draft"));
        a.world.publish(ExportWorld.restrictedTo(a.world.inPerson(a.world.bob, "2026-12-03T10:00", "Women in Tech only"),
                a.world.womenInTech));
        a.syncTeam(team);
        a.sync();
        b.sync();
        assertThat(b.fieldsByUid()).hasSize(3); // every session through the planning calendar
        Map<String, String> teamEvents = events(team);
        assertThat(teamEvents).hasSize(1); // drafts and restricted sessions never reach the team calendar
        String href = teamEvents.keySet().iterator().next();

        // A mentee's calendar app (not ours) accepts the open slot.
        RADICALE.put(team, href, RADICALE.get(team, href).replace("END:VEVENT",
                "ATTENDEE;CN=Noah Levi;PARTSTAT=ACCEPTED:mailto:noah@example.org\r\nEND:VEVENT"));
        CalendarSyncResult booked = a.syncTeam(team);

        assertThat(booked.booked()).isEqualTo(1);
        assertThat(booked.conflicts()).isEmpty();
        assertThat(booked.changes()).contains("booked: Career chat (session " + open.id() + ") for noah@example.org");
        assertThat(a.world.sessions.require(open.id()).details().menteeId()).isEqualTo(a.world.noah.id());
        assertThat(unfolded(RADICALE.get(team, href))).contains("PARTSTAT=ACCEPTED").contains("mailto:noah@example.org");
        a.sync();
        b.sync();
        assertThat(b.byUid(open.uid()).details().menteeId()).isEqualTo(b.world.noah.id());

        // The mentee declines: the slot is open again.
        RADICALE.put(team, href, RADICALE.get(team, href).replace("PARTSTAT=ACCEPTED", "PARTSTAT=DECLINED"));
        CalendarSyncResult freed = a.syncTeam(team);

        assertThat(freed.changes()).anyMatch(line -> line.startsWith("freed: Career chat") && line.endsWith("noah@example.org declined"));
        assertThat(a.world.sessions.require(open.id()).details().hasMentee()).isFalse();
        assertThat(RADICALE.get(team, href)).doesNotContain("ATTENDEE");
        assertThat(a.syncTeam(team).booked()).isZero(); // our own write is no booking
    }

    @Test
    void movingABookedSessionRaisesSequenceAndAsksTheMenteeAgain() throws Exception {
        URI team = RADICALE.newCalendar();
        MentorshipSession booked = a.world.sessions.create(Actor.owner(),
                a.world.inPerson(a.world.ada, "2026-12-01T10:00", "Career chat").withMentee(a.world.noah.id()), true).session();
        a.syncTeam(team);
        String href = events(team).keySet().iterator().next();
        String before = unfolded(RADICALE.get(team, href));
        assertThat(before).contains("PARTSTAT=ACCEPTED");

        MentorshipSession moved = a.world.sessions.update(Actor.owner(), booked.id(),
                booked.details().withLocalStart(LocalDateTime.parse("2026-12-01T15:00"))).session();
        a.syncTeam(team);
        String asked = unfolded(RADICALE.get(team, href));

        assertThat(asked).contains("PARTSTAT=NEEDS-ACTION").contains("SEQUENCE:" + moved.revision());
        assertThat(moved.revision()).isGreaterThan(booked.revision());

        // The mentee's calendar app accepts the new time: still booked, no conflict, nothing to write.
        RADICALE.put(team, href, RADICALE.get(team, href).replace("PARTSTAT=NEEDS-ACTION", "PARTSTAT=ACCEPTED"));
        CalendarSyncResult accepted = a.syncTeam(team);

        assertThat(accepted.changes()).anyMatch(line -> line.startsWith("accepted the new time: Career chat"));
        assertThat(accepted.conflicts()).isEmpty();
        assertThat(accepted.booked()).isZero();
        assertThat(a.world.sessions.require(booked.id()).details().menteeId()).isEqualTo(a.world.noah.id());
        CalendarSyncResult quiet = a.syncTeam(team);
        assertThat(quiet.updated() + quiet.created() + quiet.booked()).isZero();
        assertThat(quiet.conflicts()).isEmpty();
    }

    @Test
    void twoPlannersSyncingTheSameTeamCalendarConvergeWithoutConflicts() throws Exception {
        URI team = RADICALE.newCalendar();
        a.world.publish(a.world.inPerson(a.world.ada, "2026-12-01T10:00", "Career chat"));
        a.syncTeam(team);
        a.sync();
        b.sync();

        CalendarSyncResult fromB = b.syncTeam(team);
        CalendarSyncResult fromA = a.syncTeam(team);

        assertThat(fromB.conflicts()).isEmpty();
        assertThat(fromA.conflicts()).isEmpty();
        assertThat(events(team)).hasSize(1);
        assertThat(a.syncTeam(team).updated() + b.syncTeam(team).updated()).isZero();
    }

    @Test
    void aTeamCalendarCreateRefusedBecauseAnotherResourceHoldsTheUidUpdatesThatResource() throws Exception {
        URI team = RADICALE.newCalendar();
        MentorshipSession chat = a.world.publish(a.world.inPerson(a.world.ada, "2026-12-01T10:00", "Career chat"));
        // Another client (a booking portal, a planner on another database) already stores the event
        // under its own name; Radicale refuses our create with 409 no-uid-conflict and does not say where.
        String elsewhere = team.getPath() + "kept-by-another-app.ics";
        RADICALE.put(team, elsewhere, """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//Another app//EN\r
                BEGIN:VEVENT\r
                UID:%s\r
                DTSTAMP:20261101T000000Z\r
                DTSTART:20261201T090000Z\r
                DTEND:20261201T100000Z\r
                SUMMARY:Old title\r
                END:VEVENT\r
                END:VCALENDAR\r
                """.formatted(chat.uid()));

        CalendarSyncResult result = a.syncTeam(team);

        assertThat(result.conflicts()).isEmpty();
        assertThat(result.created() + result.updated()).isEqualTo(1);
        assertThat(events(team)).containsOnlyKeys(elsewhere);
        assertThat(unfolded(RADICALE.get(team, elsewhere))).contains("SUMMARY:Career chat").contains("UID:" + chat.uid());
        CalendarSyncResult quiet = a.syncTeam(team);
        assertThat(quiet.created() + quiet.updated() + quiet.deleted()).isZero();
        assertThat(quiet.conflicts()).isEmpty();
        // Later changes go to the same resource.
        a.world.sessions.update(Actor.owner(), chat.id(), withNotes(chat.details(), "Bring your CV"));
        assertThat(a.syncTeam(team).updated()).isEqualTo(1);
        assertThat(events(team)).containsOnlyKeys(elsewhere);
    }

    @Test
    void aBookingByAnUnknownEmailCreatesANewMentee() throws Exception {
        URI team = RADICALE.newCalendar();
        MentorshipSession open = a.world.publish(a.world.inPerson(a.world.ada, "2026-12-01T10:00", "Career chat"));
        a.syncTeam(team);
        String href = events(team).keySet().iterator().next();
        RADICALE.put(team, href, RADICALE.get(team, href).replace("END:VEVENT",
                "ATTENDEE;CN=Zoe New;PARTSTAT=NEEDS-ACTION:mailto:zoe@example.org\r\nEND:VEVENT"));

        CalendarSyncResult booked = a.syncTeam(team);

        assertThat(booked.changes()).contains("new mentee zoe@example.org (from a booking on the team calendar)");
        long zoe = a.world.directory.findPerson("zoe@example.org").orElseThrow().id();
        assertThat(a.world.sessions.require(open.id()).details().menteeId()).isEqualTo(zoe);
    }

    private static String unfolded(String ics) {
        return ics.replace("\r\n ", "").replace("\n ", "");
    }

    private Map<String, String> events(URI collection) {
        return new CalDavClient(Duration.ofSeconds(5), Duration.ofSeconds(10))
                .open(new CalendarAccount(collection, RadicaleServer.USER, RadicaleServer.PASSWORD)).list();
    }

    private Map<String, String> RADICALE_events() {
        return new CalDavClient(Duration.ofSeconds(5), Duration.ofSeconds(10))
                .open(new CalendarAccount(calendar, RadicaleServer.USER, RadicaleServer.PASSWORD)).list();
    }

    private static SessionDetails withNotes(SessionDetails d, String notes) {
        return new SessionDetails(d.mentorId(), d.menteeId(), d.locationId(), d.localStart(), d.duration(), d.method(),
                d.meetingUrl(), d.place(), d.groupIds(), d.title(), notes);
    }

    /** One planner: its own database, the sync service on a client that counts (and can break) requests. */
    private final class Planner {
        final ExportWorld world;
        final Storage storage;
        final PlanningSyncService service;
        final List<String> requests = new ArrayList<>();
        int failAfterWrites = -1;
        boolean failReads;
        BiConsumer<String, String> beforeUpdate;
        BiConsumer<String, String> beforeCreate;
        private int writes;

        Planner(Path folder) throws Exception {
            Files.createDirectories(folder);
            world = new ExportWorld(folder);
            storage = world.workspace.injector().getInstance(Storage.class);
            CalDavClient client = new CalDavClient(Duration.ofSeconds(5), Duration.ofSeconds(20));
            CalendarServer counting = account -> watched(client.open(account));
            service = new PlanningSyncService(storage, world.workspace.injector().getInstance(Clock.class), world.sessions,
                    counting, new PlanningEvents(), new CalDavResources());
        }

        CalendarSyncResult syncTeam(URI team) {
            return world.workspace.service(CalendarSyncService.class).sync(new CalendarSyncRequest(team.toString(),
                    RadicaleServer.USER, RadicaleServer.PASSWORD, false, false), WorkProgress.none());
        }

        PlanningSyncResult sync() {
            return service.sync(new CalendarAccount(calendar, RadicaleServer.USER, RadicaleServer.PASSWORD), WorkProgress.none());
        }

        MentorshipSession byUid(String uid) {
            return world.sessions.list(SessionQuery.all()).stream().filter(s -> uid.equals(s.uid())).findFirst().orElseThrow();
        }

        /** Every session's fields by UID, as the planning calendar carries them. */
        Map<String, SessionFields> fieldsByUid() {
            Map<String, SessionFields> fields = new HashMap<>();
            PlanningEvents format = new PlanningEvents();
            world.sessions.describe(world.sessions.list(SessionQuery.all()))
                          .forEach(view -> fields.put(view.session().uid(), format.fields(view)));
            return fields;
        }

        private CalendarCollection watched(CalendarCollection real) {
            return (CalendarCollection) Proxy.newProxyInstance(CalendarCollection.class.getClassLoader(),
                    new Class<?>[] {CalendarCollection.class}, (proxy, method, args) -> {
                        String name = method.getName();
                        if (name.equals("createUnique") && beforeCreate != null) {
                            BiConsumer<String, String> once = beforeCreate;
                            beforeCreate = null;
                            once.accept((String) args[0], (String) args[1]);
                        }
                        if (List.of("create", "createUnique", "update", "delete").contains(name)) {
                            if (failAfterWrites >= 0 && writes++ >= failAfterWrites) {
                                throw new CalendarServerException("The calendar server could not be reached (test).");
                            }
                            if (name.equals("update") && beforeUpdate != null) {
                                BiConsumer<String, String> once = beforeUpdate;
                                beforeUpdate = null;
                                once.accept((String) args[0], (String) args[1]);
                            }
                        }
                        if (name.equals("multiget") && failReads) {
                            throw new CalendarServerException("The calendar server failed (HTTP 503) when asked to read events (test).");
                        }
                        requests.add(name);
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}

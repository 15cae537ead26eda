package org.mentorplanner.caldav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.cli.Cli;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Role;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.recurrence.Frequency;
import org.mentorplanner.domain.recurrence.Recurrence;
import org.mentorplanner.domain.recurrence.RecurrenceEnd;
import org.mentorplanner.export.ExportWorld;
import org.mentorplanner.service.CalendarSyncRequest;
import org.mentorplanner.service.CalendarSyncResult;
import org.mentorplanner.service.CalendarSyncService;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.DirectoryService.LocationInput;
import org.mentorplanner.service.DirectoryService.PersonInput;
import org.mentorplanner.service.DuplicationRequest;
import org.mentorplanner.service.DuplicationResult;
import org.mentorplanner.service.DuplicationService;
import org.mentorplanner.service.SettingsService;
import org.mentorplanner.service.WorkProgress;
import org.mentorplanner.service.port.CalendarPush;
import org.mentorplanner.service.port.Storage;

/**
 * A session changed by any path, or whose event shows something that changed (its mentor's or
 * mentee's name, its location, the booking portal), reaches the team calendar at the next sync,
 * which reads only what changed since the last one (ADR 0043); and a file from before the change
 * marks syncs right the first time. Against Radicale on 127.0.0.1.
 */
class TeamCalendarChangesTest {

    @RegisterExtension
    static final RadicaleServer RADICALE = new RadicaleServer();

    @TempDir
    Path folder;

    private ExportWorld world;
    private URI calendar;
    private MentorshipSession chat;
    private MentorshipSession review;
    private MentorshipSession spare;

    @BeforeEach
    void setUp() throws Exception {
        world = new ExportWorld(folder);
        calendar = RADICALE.newCalendar();
        chat = world.publish(world.inPerson(world.ada, "2026-12-01T10:00", "Career chat"));
        review = world.publish(world.online(world.bob, "2026-12-02T09:30", "Code review"));
        spare = world.publish(world.inPerson(world.bob, "2026-12-03T10:00", "Spare slot"));
        assertThat(sync().created()).isEqualTo(3);
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    @Test
    void editsByTheEditorTheCommandLineAnUndoAndAnotherProgramAreSent() throws Exception {
        world.sessions.update(Actor.owner(), chat.id(), retitled(chat.details(), "Career chat, edited"));
        StringWriter err = new StringWriter();
        int code = new Cli(file -> GuiceWorkspace.open(file, Clock.fixed(ExportWorld.NOW, ZoneOffset.UTC)), database(), app -> { },
                name -> null).run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "session", "edit", Long.toString(review.id()), "--title", "Code review, from the command line");
        assertThat(code).as(err.toString()).isZero();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + database());
             Statement sql = other.createStatement()) {
            sql.executeUpdate("update mentorship_session set notes = 'Written by another program', revision = revision + 1"
                    + " where id = " + spare.id());
        }

        CalendarSyncResult result = sync();

        assertThat(result.updated()).isEqualTo(3);
        assertThat(event(chat)).contains("SUMMARY:Career chat\\, edited");
        assertThat(event(review)).contains("SUMMARY:Code review\\, from the command line");
        assertThat(event(spare)).contains("DESCRIPTION:Written by another program");
        assertNothingLeft();

        world.sessions.restore(Actor.owner(), chat); // undo of the edit: the snapshot written back, a newer revision
        assertThat(sync().updated()).isEqualTo(1);
        assertThat(event(chat)).contains("SUMMARY:Career chat\r\n");
        assertNothingLeft();
    }

    @Test
    void sessionsTakenOffTheCalendarByAnyPathAreDeleted() throws Exception {
        world.sessions.cancel(Actor.owner(), chat.id());
        world.sessions.unpublish(Actor.owner(), review.id());
        world.sessions.update(Actor.owner(), spare.id(), ExportWorld.restrictedTo(spare.details(), world.womenInTech));
        MentorshipSession fresh = world.publish(world.inPerson(world.ada, "2026-12-04T10:00", "Fresh"));
        assertThat(world.workspace.service(CalendarSyncService.class).pendingChanges()).isEqualTo(4);

        CalendarSyncResult result = sync();

        assertThat(result.deleted()).isEqualTo(3);
        assertThat(result.created()).isEqualTo(1);
        assertThat(pushes()).extracting(CalendarPush::sessionId).containsExactly(fresh.id());
        assertThat(RADICALE.get(calendar, "")).contains("SUMMARY:Fresh").doesNotContain("Career chat", "Code review", "Spare slot");
        assertNothingLeft();

        world.sessions.update(Actor.owner(), spare.id(), spare.details()); // open to everyone again
        assertThat(sync().created()).isEqualTo(1);
        assertNothingLeft();
    }

    @Test
    void aBulkDuplicateAndItsUndoReachTheCalendar() throws Exception {
        DuplicationService duplication = world.workspace.service(DuplicationService.class);
        DuplicationResult copies = duplication.run(Actor.owner(), DuplicationRequest.of(List.of(chat.id(), review.id()),
                new Recurrence(Frequency.weekly(), RecurrenceEnd.count(3))).publishing(true));
        assertThat(copies.created()).hasSizeGreaterThanOrEqualTo(4);

        assertThat(sync().created()).isEqualTo(copies.created().size());
        assertThat(pushes()).hasSize(3 + copies.created().size());
        assertNothingLeft();

        duplication.undo(Actor.owner(), copies);
        assertThat(sync().deleted()).isEqualTo(copies.created().size());
        assertThat(pushes()).hasSize(3);
        assertNothingLeft();
    }

    @Test
    void aNewNameOfAMentorMenteeOrLocationAndANewPortalReachTheEventsThatShowThem() throws Exception {
        world.sessions.book(Actor.owner(), chat.id(), world.noah.id());
        assertThat(sync().updated()).isEqualTo(1);
        DirectoryService directory = world.directory;

        directory.savePerson(new PersonInput("ada@example.org", "Ada King", Set.of(Role.MENTOR), Set.of()));
        directory.importPeople(List.of(new PersonInput("noah@example.org", "Noah Levi-Stern", Set.of(Role.MENTEE), Set.of())));
        assertThat(sync().updated()).as("only Ada's session shows Ada and Noah").isEqualTo(1);
        assertThat(event(chat)).contains("ORGANIZER;CN=Ada King:mailto:ada@example.org", "Mentor: Ada King",
                "ATTENDEE;CN=Noah Levi-Stern;");
        assertNothingLeft();

        directory.saveLocation(new LocationInput("Berlin Office", "Europe/Berlin", "in-person"));
        assertThat(sync().updated()).as("the sessions in Berlin").isEqualTo(2);
        assertThat(event(spare)).contains("LOCATION:Room 4\\, Berlin Office");
        assertNothingLeft();

        world.workspace.service(SettingsService.class).setPortalBaseUrl("https://book.example.org/s/");
        assertThat(sync().updated()).as("every booking link").isEqualTo(3);
        assertThat(event(review)).contains("URL:https://book.example.org/s/", "Book: https://book.example.org/s/");
        assertNothingLeft();

        // An import that fails changes nothing, so nothing is sent.
        assertThatThrownBy(() -> directory.importPeople(List.of(
                new PersonInput("bob@example.org", "Bob Renamed", Set.of(Role.MENTOR), Set.of()),
                new PersonInput("", "Nobody", Set.of(Role.MENTEE), Set.of())))).isInstanceOf(InvalidInputException.class);
        assertNothingLeft();
        assertThat(event(review)).contains("Mentor: Bob Okafor");
    }

    @Test
    void aFileFromVersion4WithPushesSyncsRightTheFirstTimeAndThenReadsOnlyChanges(@TempDir Path old) throws Exception {
        world.close();
        // The same file as an app before change marks left it: the rows copied into a file migrated to version 4.
        Path file = old.resolve("planner.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration").target("4")
              .load().migrate();
        try (Connection v4 = DriverManager.getConnection("jdbc:sqlite:" + file); Statement sql = v4.createStatement()) {
            sql.execute("attach database '" + database() + "' as current");
            for (String table : tables(sql)) {
                String columns = String.join(", ", columns(sql, table));
                sql.executeUpdate("insert into main." + table + " (" + columns + ") select " + columns + " from current." + table);
            }
            sql.execute("detach database current");
            // Changes made by that app since its last sync.
            sql.executeUpdate("update mentorship_session set title = 'Career chat, moved', revision = revision + 1 where id = " + chat.id());
            sql.executeUpdate("update mentorship_session set status = 'DRAFT', booking_token = null, revision = revision + 1"
                    + " where id = " + review.id());
        }
        world = new ExportWorld(old);
        int recorded = storage().transact(r -> r.calendarPushes().count(calendar.toString()));
        assertThat(recorded).isEqualTo(3);

        CalendarSyncResult first = sync();

        assertThat(first.updated()).isEqualTo(1);
        assertThat(first.deleted()).isEqualTo(1);
        assertThat(first.unchanged()).isEqualTo(1);
        assertThat(first.conflicts()).isEmpty();
        assertThat(event(chat)).contains("SUMMARY:Career chat\\, moved");
        assertThat(RADICALE.get(calendar, "")).doesNotContain("Code review");
        assertNothingLeft();
        world.sessions.update(Actor.owner(), spare.id(), retitled(spare.details(), "Spare slot, taken"));
        assertThat(sync().updated()).isEqualTo(1);
        assertThat(event(spare)).contains("SUMMARY:Spare slot\\, taken");
    }

    /** A sync right after this one has nothing to do, and says how many events stay as they are. */
    private void assertNothingLeft() {
        CalendarSyncResult again = sync();
        assertThat(again.created() + again.updated() + again.deleted()).as(again.summary()).isZero();
        assertThat(again.conflicts()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(pushes().size());
        assertThat(world.workspace.service(CalendarSyncService.class).pendingChanges()).isZero();
    }

    private CalendarSyncResult sync() {
        return world.workspace.service(CalendarSyncService.class).sync(
                new CalendarSyncRequest(calendar.toString(), RadicaleServer.USER, RadicaleServer.PASSWORD, false, false),
                WorkProgress.none());
    }

    /** The session's event as the server holds it, lines unfolded. */
    private String event(MentorshipSession session) throws Exception {
        CalendarPush push = pushes().stream().filter(p -> p.sessionId() == session.id()).findFirst().orElseThrow();
        return RADICALE.get(calendar, push.href()).replace("\r\n ", "");
    }

    private List<CalendarPush> pushes() {
        return storage().transact(r -> r.calendarPushes().findAll(calendar.toString()));
    }

    private Storage storage() {
        return world.workspace.injector().getInstance(Storage.class);
    }

    private Path database() {
        return folder.resolve("planner.db");
    }

    private static SessionDetails retitled(SessionDetails d, String title) {
        return new SessionDetails(d.mentorId(), d.menteeId(), d.locationId(), d.localStart(), d.duration(), d.method(),
                d.meetingUrl(), d.place(), d.groupIds(), title, d.notes());
    }

    private static List<String> tables(Statement sql) throws Exception {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("select name from main.sqlite_master where type = 'table'"
                + " and name not like 'sqlite%' and name <> 'flyway_schema_history'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static List<String> columns(Statement sql, String table) throws Exception {
        List<String> columns = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("pragma main.table_info(" + table + ")")) {
            while (rows.next()) {
                columns.add(rows.getString("name"));
            }
        }
        return columns;
    }
}

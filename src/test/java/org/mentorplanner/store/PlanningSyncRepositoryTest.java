package org.mentorplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.service.port.PlanningCopy;
import org.mentorplanner.service.port.PlanningOutbox;
import org.mentorplanner.service.port.Repositories;
import org.mentorplanner.service.port.SyncConflict;

/** The two-way sync bookkeeping of migration V3 on a real SQLite file. */
class PlanningSyncRepositoryTest extends StoreTestBase {

    private static final String URL = "https://dav.example.org/calendars/team/planning/";

    @Test
    void newSessionsGetDistinctRandomUidsThatUpdatesKeep() {
        MentorshipSession one = db.saved(db.ada, "2026-12-01T10:00", Duration.ofMinutes(30));
        MentorshipSession two = db.saved(db.ada, "2026-12-01T11:00", Duration.ofMinutes(30));
        MentorshipSession pulled = db.storage.transact((Repositories r) -> r.sessions().insert(
                db.draft(db.bob, "2026-12-02T10:00", Duration.ofMinutes(30)).withUid("from-another-planner@example.org")));

        db.storage.transactVoid(r -> r.sessions().update(StoreFixture.withStatus(one, one.status(), null).withUid(null)));

        assertThat(one.uid()).startsWith("session-").endsWith("@mentor-planner").isNotEqualTo(two.uid());
        assertThat(pulled.uid()).isEqualTo("from-another-planner@example.org");
        assertThat(db.storage.transact((Repositories r) -> r.sessions().findById(one.id())).orElseThrow().uid()).isEqualTo(one.uid());
        assertThat(db.storage.transact((Repositories r) -> r.planningSync().sessionIds(List.of(two.uid(), "unknown"))))
                .isEqualTo(Map.of(two.uid(), two.id()));
    }

    @Test
    void theOutboxHoldsSessionsNeverSyncedOrChangedSinceAndCopiesOfDeletedSessions() {
        MentorshipSession synced = db.saved(db.ada, "2026-12-01T10:00", Duration.ofMinutes(30));
        MentorshipSession changed = db.saved(db.ada, "2026-12-01T11:00", Duration.ofMinutes(30));
        MentorshipSession fresh = db.saved(db.ada, "2026-12-01T12:00", Duration.ofMinutes(30));
        db.storage.transactVoid(r -> {
            r.planningSync().saveCopy(new PlanningCopy(URL, synced.uid(), "/p/a.ics", "\"1\"", "TITLE=\n", synced.revision(), null));
            r.planningSync().saveCopy(new PlanningCopy(URL, changed.uid(), "/p/b.ics", "\"2\"", "TITLE=\n", changed.revision() - 1, null));
            r.planningSync().saveCopy(new PlanningCopy(URL, "gone@x", "/p/c.ics", "\"3\"", "TITLE=\n", 0, null));
            r.planningSync().saveCopy(new PlanningCopy(URL, "not-taken@x", "/p/d.ics", "\"4\"", null, -1, "unknown mentor"));
        });

        PlanningOutbox outbox = db.storage.transact((Repositories r) -> r.planningSync().outbox(URL));

        assertThat(outbox.changedSessionIds()).containsExactlyInAnyOrder(changed.id(), fresh.id());
        assertThat(outbox.deleted()).extracting(PlanningCopy::uid).containsExactly("gone@x");
        assertThat(db.storage.transact((Repositories r) -> r.planningSync().outbox("https://other.example.org/cal/")).changedSessionIds())
                .hasSize(3);
    }

    @Test
    void aCopySavedAtAnHrefReplacesAnotherUidsCopyThere() {
        db.storage.transactVoid(r -> {
            r.planningSync().saveCopy(new PlanningCopy(URL, "old@x", "/p/a.ics", "\"1\"", "TITLE=\n", 0, null));
            r.planningSync().saveCopy(new PlanningCopy(URL, "new@x", "/p/a.ics", "\"2\"", "TITLE=\n", 0, null));
        });

        assertThat(db.storage.transact((Repositories r) -> r.planningSync().copies(URL))).extracting(PlanningCopy::uid).containsExactly("new@x");
    }

    @Test
    void stateAndConflictsRoundTrip() {
        Instant at = Instant.parse("2026-11-01T12:00:00Z");
        SyncConflict conflict = new SyncConflict(URL, "u@x", List.of("NOTES", "START"), "NOTES=a\n", "NOTES=b\n", "/p/a.ics", "\"9\"", at);
        db.storage.transactVoid(r -> {
            r.planningSync().saveState(URL, "token-1", at);
            r.planningSync().saveConflict(conflict);
        });

        assertThat(db.storage.transact((Repositories r) -> r.planningSync().syncToken(URL))).contains("token-1");
        assertThat(db.storage.transact((Repositories r) -> r.planningSync().lastSync(URL))).contains(at);
        assertThat(db.storage.transact((Repositories r) -> r.planningSync().conflicts(URL))).containsExactly(conflict);
        db.storage.transactVoid(r -> r.planningSync().forgetToken(URL));
        assertThat(db.storage.transact((Repositories r) -> r.planningSync().syncToken(URL))).isEmpty();
        assertThat(db.storage.transact((Repositories r) -> r.planningSync().deleteConflict(URL, "u@x"))).isTrue();
        assertThat(db.storage.transact((Repositories r) -> r.planningSync().conflicts(URL))).isEmpty();
    }

    @Test
    void sessionsSavedBeforeVersion3KeepTheUidTheirTeamCalendarEventsHave(@TempDir Path old) throws Exception {
        Path file = old.resolve("old.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration").target("2")
              .load().migrate();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = connection.createStatement()) {
            sql.executeUpdate("insert into person (id, email, name, is_mentor) values (1, 'ada@example.org', 'Ada', 1)");
            sql.executeUpdate("insert into location (id, name, zone_id, kind) values (1, 'Berlin', 'Europe/Berlin', 'IN_PERSON')");
            sql.executeUpdate("insert into mentorship_session (id, mentor_id, location_id, zone_id, local_start, duration_minutes,"
                    + " start_utc, end_utc, method, status, created_at, updated_at) values (7, 1, 1, 'Europe/Berlin',"
                    + " '2026-12-01T10:00', 30, 1796115600000, 1796117400000, 'IN_PERSON', 'DRAFT', 1795608000000, 1795608000000)");
        }

        try (SqliteStorage upgraded = SqliteStorage.open(file)) {
            assertThat(upgraded.transact((Repositories r) -> r.sessions().findById(7)).orElseThrow().uid())
                    .isEqualTo("session-7-1795608000000@mentor-planner");
        }
    }
}

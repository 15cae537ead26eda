package org.mentorplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.domain.busy.BusySource;
import org.mentorplanner.domain.busy.BusySourceKind;
import org.mentorplanner.service.port.Repositories;
import org.mentorplanner.service.port.SessionQuery;
import org.mentorplanner.service.port.StorageException;

/** The SQLite file itself: migrations, pragmas, transactions and locks. */
class SqliteStorageTest extends StoreTestBase {


    private Connection plainJdbc() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db.storage.file().toAbsolutePath());
    }

    private static String pragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void openingCreatesFolderAndAppliesTheMigrations() throws SQLException {
        Path nested = folder.resolve("a/b/planner.db");
        try (SqliteStorage storage = SqliteStorage.open(nested)) {
            assertThat(storage.file()).isEqualTo(nested);
        }
        assertThat(Files.exists(nested)).isTrue();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + nested);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success = 1")) {
            rs.next();
            assertThat(rs.getInt(1)).isPositive();
        }
    }

    @Test
    void reopeningKeepsTheDataAndDoesNotMigrateAgain() {
        db.close();
        try (SqliteStorage again = SqliteStorage.open(db.storage.file())) {
            assertThat(again.transact((Repositories r) -> r.people().findAll())).containsExactly(db.ada, db.bob, db.mia);
        }
        db = new StoreFixture(folder.resolve("second"));
    }

    @Test
    void journalIsWriteAheadLog() throws SQLException {
        try (Connection connection = plainJdbc()) {
            assertThat(pragma(connection, "journal_mode")).isEqualTo("wal");
        }
    }

    @Test
    void foreignKeysAreEnforced() {
        // foreign_keys is a per-connection pragma, so it is checked through the storage's own connection.
        assertThatThrownBy(() -> db.storage.transactVoid(r -> r.people().setGroups(db.ada.id(), Set.of(999L))))
                .hasMessageContaining("FOREIGN KEY");
        assertThat(db.storage.transact((Repositories r) -> r.people().groupsOf(db.ada.id()))).isEmpty();
    }

    @Test
    void workThatThrowsHalfwayLeavesNothingBehind() {
        assertThatThrownBy(() -> db.storage.transactVoid(r -> {
            r.people().insert(new Person(0, "cora@example.org", "Cora", Set.of(Role.COORDINATOR)));
            r.groups().insert("Alumni");
            r.sessions().insert(db.draft(db.ada, "2026-12-01T10:00", Duration.ofMinutes(30)));
            r.settings().put("me.email", "cora@example.org");
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        db.storage.transactVoid(r -> {
            assertThat(r.people().count()).isEqualTo(3);
            assertThat(r.groups().findAll()).isEmpty();
            assertThat(r.sessions().count()).isZero();
            assertThat(r.settings().get("me.email")).isEmpty();
        });
    }

    @Test
    void failedStatementHalfwayRollsBackEarlierWrites() {
        assertThatThrownBy(() -> db.storage.transactVoid(r -> {
            r.groups().insert("Alumni");
            r.groups().insert("alumni"); // unique, ignoring case
        })).hasMessageContaining("breaks a rule of the database");

        assertThat(db.storage.transact((Repositories r) -> r.groups().findAll())).isEmpty();
    }

    @Test
    void nestedTransactionsShareTheOuterOutcome() {
        assertThatThrownBy(() -> db.storage.transactVoid(outer -> {
            outer.groups().insert("Alumni");
            db.storage.transactVoid(inner -> inner.groups().insert("Juniors"));
            throw new IllegalStateException("outer fails after the inner one finished");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(db.storage.transact((Repositories r) -> r.groups().findAll())).isEmpty();
    }

    @Test
    void innerFailureCaughtByTheOuterWorkUndoesOnlyTheInnerWork() {
        db.storage.transactVoid(outer -> {
            outer.groups().insert("Alumni");
            try {
                db.storage.transactVoid(inner -> {
                    inner.groups().insert("Juniors");
                    throw new IllegalStateException("inner fails");
                });
            } catch (IllegalStateException expected) {
                // the outer work goes on
            }
        });

        assertThat(db.storage.transact((Repositories r) -> r.groups().findAll())).extracting(g -> g.name()).containsExactly("Alumni");
    }

    @Test
    void theReadsThePlannerOpensWithLeaveJooqUnstartedUntilTheWarmUp() {
        MentorshipSession session = db.saved(db.ada, "2026-12-07T10:00", Duration.ofHours(1));
        Path file = db.storage.file();
        db.close();

        try (SqliteStorage reopened = SqliteStorage.open(file)) {
            // What PlannerPresenter.start asks for: me, the directory and the first weeks' sessions.
            List<MentorshipSession> opening = reopened.transact(r -> {
                r.settings().get("me.email");
                r.people().findByEmail("ada@example.org");
                r.people().findMentors();
                r.people().findMentees();
                r.locations().findAll();
                r.groups().findAll();
                return r.sessions().findInRange(List.of(db.ada.id()), session.startInstant().minus(Duration.ofDays(7)),
                        session.startInstant().plus(Duration.ofDays(7)));
            });

            assertThat(opening).extracting(MentorshipSession::id).containsExactly(session.id());
            assertThat(reopened.jooqStarted()).isFalse();
            reopened.warmUp();
            assertThat(reopened.jooqStarted()).isTrue();
        }
    }

    @Test
    void theReadsOfSessionListLeaveJooqUnstarted() {
        MentorshipSession session = db.saved(db.ada, "2026-12-07T10:00", Duration.ofHours(1));
        Path file = db.storage.file();
        db.close();

        try (SqliteStorage reopened = SqliteStorage.open(file)) {
            // What `session list --mentor` and SessionService.describe ask for (ADR 0041).
            List<MentorshipSession> listed = reopened.transact(r -> {
                r.people().findByEmail("ada@example.org");
                List<MentorshipSession> found = r.sessions().find(SessionQuery.all().withMentors(Set.of(db.ada.id()))
                        .between(session.startInstant().minus(Duration.ofDays(1)), null));
                r.settings().get("booking.base.url");
                r.people().findByIds(Set.of(db.ada.id()));
                r.locations().findAll();
                r.groups().findAll();
                return found;
            });

            assertThat(listed).containsExactly(session);
            assertThat(reopened.jooqStarted()).isFalse();
        }
    }

    @Test
    void theBusyBandsOpeningReadsLeaveJooqUnstartedToo() {
        BusySource source = db.storage.transact(r -> r.busySources().insert(
                BusySource.of(db.ada.id(), BusySourceKind.ICS_FILE, "/calendars/ada.ics", ""), StoreFixture.CREATED));
        Path file = db.storage.file();
        db.close();

        try (SqliteStorage reopened = SqliteStorage.open(file)) {
            // What BusyBands asks for before the first week is painted: the sources, then their busy time.
            List<BusySource> sources = reopened.transact(r -> {
                r.busySources().findBusy(List.of(db.ada.id()), StoreFixture.CREATED, StoreFixture.CREATED.plus(Duration.ofDays(7)));
                r.busySources().findByMentor(db.ada.id());
                return r.busySources().findAll();
            });

            assertThat(sources).containsExactly(source);
            Optional<BusySource> byId = reopened.transact(r -> r.busySources().findById(source.id()));
            assertThat(byId).contains(source);
            assertThat(reopened.jooqStarted()).isFalse();
        }
    }

    @Test
    void aFailingPlainReadGivesAClearMessageAndTheStoreStaysUsable() throws Exception {
        try (Connection other = plainJdbc(); Statement drop = other.createStatement()) {
            drop.execute("ALTER TABLE member_group RENAME TO member_group_gone");

            assertThatThrownBy(() -> db.storage.transact((Repositories r) -> r.groups().findAll()))
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("The database failed")
                    .hasMessageContaining("member_group")
                    .hasMessageContaining("Nothing of this change was saved");

            drop.execute("ALTER TABLE member_group_gone RENAME TO member_group");
        }
        assertThat(db.storage.transact((Repositories r) -> r.people().findMentors())).hasSize(2);
    }

    @Test
    void lockedDatabaseGivesAClearMessageAndLosesNothing() throws Exception {
        try (Connection other = plainJdbc(); Statement lock = other.createStatement()) {
            lock.execute("BEGIN EXCLUSIVE");

            assertThatThrownBy(() -> db.storage.transactVoid(r -> r.groups().insert("Alumni")))
                    .isInstanceOf(StorageException.class)
                    .hasMessage("The database " + db.storage.file() + " is locked by another program. "
                            + "Close it there and try again. Nothing of this change was saved.");

            lock.execute("ROLLBACK");
        }
        assertThat(db.storage.transact((Repositories r) -> r.people().findAll())).containsExactly(db.ada, db.bob, db.mia);
        db.storage.transactVoid(r -> r.groups().insert("Alumni"));
        assertThat(db.storage.transact((Repositories r) -> r.groups().findAll())).hasSize(1);
    }

    @Test
    void writerWaitsForABriefLockInsteadOfFailing() throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        try (Connection other = plainJdbc(); Statement lock = other.createStatement()) {
            lock.execute("BEGIN EXCLUSIVE");
            // The busy timeout makes the write wait for the lock; the lock goes away meanwhile.
            Future<?> write = background.submit(() -> db.storage.transactVoid(r -> r.groups().insert("Alumni")));
            TimeUnit.MILLISECONDS.sleep(300);
            lock.execute("COMMIT");

            write.get(30, TimeUnit.SECONDS);
        } finally {
            background.shutdownNow();
        }
        assertThat(db.storage.transact((Repositories r) -> r.groups().findAll())).extracting(g -> g.name()).containsExactly("Alumni");
    }

    @Test
    void transactionsFromManyThreadsAreSerialised() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String name = "Group " + i;
                writes.add(pool.submit(() -> db.storage.transactVoid(r -> {
                    long before = r.groups().findAll().size();
                    r.groups().insert(name);
                    assertThat(r.groups().findAll()).hasSize((int) before + 1);
                })));
            }
            for (Future<?> write : writes) {
                write.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(db.storage.transact((Repositories r) -> r.groups().findAll())).hasSize(40);
    }

    @Test
    void fileThatIsNotADatabaseGivesAClearMessage() throws Exception {
        Path junk = folder.resolve("junk.db");
        Files.writeString(junk, "this is not a database, just some text that is long enough ".repeat(50));

        assertThatThrownBy(() -> SqliteStorage.open(junk))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(junk.toString());
    }

    @Test
    void aFullDiskInTheMiddleOfAWriteSaysSoAndSavesNothingOfIt() throws Exception {
        // SQLite's page limit on the storage's own connection runs out like a full disk: SQLITE_FULL.
        Field field = SqliteStorage.class.getDeclaredField("connection");
        field.setAccessible(true);
        Connection connection = (Connection) field.get(db.storage);
        long pages;
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("PRAGMA page_count")) {
            rs.next();
            pages = rs.getLong(1);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA max_page_count = " + (pages + 3));
        }

        assertThatThrownBy(() -> db.storage.transactVoid(r -> {
            for (int i = 0; i < 2_000; i++) {
                r.sessions().insert(db.draft(db.ada, "2027-01-04T10:00", Duration.ofMinutes(30)));
            }
        })).isInstanceOf(StorageException.class)
           .hasMessage("The disk is full: free some space and try again. Nothing of this change was saved.");

        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA max_page_count = 1073741823");
        }
        assertThat(db.storage.transact((Repositories r) -> r.sessions().count())).isZero();
        db.storage.transactVoid(r -> r.groups().insert("Alumni"));
        assertThat(db.storage.transact((Repositories r) -> r.groups().findAll())).hasSize(1);
    }
}

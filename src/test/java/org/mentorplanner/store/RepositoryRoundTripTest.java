package org.mentorplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.Group;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.LocationKind;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.service.port.Repositories;

/** Every repository method writes and reads back what it was given, on a real migrated SQLite file. */
class RepositoryRoundTripTest extends StoreTestBase {

    private SqliteStorage storage;

    @BeforeEach
    void useStorage() {
        storage = db.storage;
    }

    @Test
    void personWithEveryRoleAndGroupsReadsBack() {
        Person cora = storage.transact(r -> r.people().insert(
                new Person(0, "cora@example.org", "Cora", Set.of(Role.MENTOR, Role.MENTEE, Role.COORDINATOR))));
        Group wit = storage.transact(r -> r.groups().insert("Women in Tech"));
        Group juniors = storage.transact(r -> r.groups().insert("Juniors"));
        storage.transactVoid(r -> r.people().setGroups(cora.id(), Set.of(wit.id(), juniors.id())));

        assertThat(cora.id()).isPositive();
        assertThat(storage.transact((Repositories r) -> r.people().findById(cora.id()))).contains(cora);
        assertThat(storage.transact((Repositories r) -> r.people().findByEmail("CORA@Example.org "))).contains(cora);
        assertThat(storage.transact((Repositories r) -> r.people().groupsOf(cora.id()))).containsExactlyInAnyOrder(wit.id(), juniors.id());

        storage.transactVoid(r -> r.people().setGroups(cora.id(), Set.of(juniors.id())));
        assertThat(storage.transact((Repositories r) -> r.people().groupsOf(cora.id()))).containsExactly(juniors.id());
    }

    @Test
    void personUpdateChangesNameEmailAndRoles() {
        Person renamed = new Person(db.mia.id(), "mia.m@example.org", "Mia M.", Set.of(Role.MENTEE, Role.MENTOR));
        storage.transactVoid(r -> r.people().update(renamed));

        assertThat(storage.transact((Repositories r) -> r.people().findById(db.mia.id()))).contains(renamed);
        assertThat(storage.transact((Repositories r) -> r.people().findByEmail("mia@example.org"))).isEmpty();
    }

    @Test
    void peopleListsAreOrderedByNameAndFilteredByRole() {
        assertThat(storage.transact((Repositories r) -> r.people().findAll())).containsExactly(db.ada, db.bob, db.mia);
        assertThat(storage.transact((Repositories r) -> r.people().findMentors())).containsExactly(db.ada, db.bob);
        assertThat(storage.transact((Repositories r) -> r.people().findMentees())).containsExactly(db.mia);
        assertThat(storage.transact((Repositories r) -> r.people().findByIds(List.of(db.mia.id(), db.ada.id())))).containsExactly(db.ada, db.mia);
        assertThat(storage.transact((Repositories r) -> r.people().findByIds(List.of()))).isEmpty();
        assertThat(storage.transact((Repositories r) -> r.people().count())).isEqualTo(3);
        assertThat(storage.transact((Repositories r) -> r.people().findById(999))).isEmpty();
    }

    @Test
    void duplicateEmailIsRefusedWhateverItsCase() {
        assertThatThrownBy(() -> storage.transact(r -> r.people().insert(new Person(0, "ADA@example.org", "Ada 2", Set.of(Role.MENTEE)))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("breaks a rule of the database");
    }

    @Test
    void groupsReadBackByIdAndNameIgnoringCase() {
        Group wit = storage.transact(r -> r.groups().insert("  Women in Tech "));
        Group alumni = storage.transact(r -> r.groups().insert("Alumni"));

        assertThat(wit.name()).isEqualTo("Women in Tech");
        assertThat(storage.transact((Repositories r) -> r.groups().findById(wit.id()))).contains(wit);
        assertThat(storage.transact((Repositories r) -> r.groups().findByName("women IN tech"))).contains(wit);
        assertThat(storage.transact((Repositories r) -> r.groups().findAll())).containsExactly(alumni, wit);
        assertThat(storage.transact((Repositories r) -> r.groups().findByName("Nobody"))).isEmpty();
    }

    @Test
    void locationsReadBackAndUpdate() {
        assertThat(storage.transact((Repositories r) -> r.locations().findById(db.newYork.id()))).contains(db.newYork);
        assertThat(storage.transact((Repositories r) -> r.locations().findByName("new york OFFICE"))).contains(db.newYork);
        assertThat(storage.transact((Repositories r) -> r.locations().findAll())).containsExactly(db.newYork, db.london);

        Location moved = new Location(db.newYork.id(), "Sydney office", ZoneId.of("Australia/Sydney"), LocationKind.IN_PERSON);
        storage.transactVoid(r -> r.locations().update(moved));

        assertThat(storage.transact((Repositories r) -> r.locations().findById(db.newYork.id()))).contains(moved);
    }

    @Test
    void settingsPutReplaceAndRemove() {
        storage.transactVoid(r -> r.settings().put("me.email", "ada@example.org"));
        storage.transactVoid(r -> r.settings().put("me.email", "bob@example.org"));

        assertThat(storage.transact((Repositories r) -> r.settings().get("me.email"))).contains("bob@example.org");

        storage.transactVoid(r -> r.settings().remove("me.email"));
        assertThat(storage.transact((Repositories r) -> r.settings().get("me.email"))).isEmpty();
    }

    /** A session with every field set, in a DST overlap hour so the zone matters. */
    private MentorshipSession everyField(long wit, long juniors) {
        SessionDetails details = new SessionDetails(db.ada.id(), db.mia.id(), db.london.id(),
                LocalDateTime.parse("2026-10-25T01:30"), Duration.ofMinutes(90), EnrollmentMethod.BOTH,
                "https://meet.example.org/ada", "Room 4, second floor", new HashSet<>(List.of(wit, juniors)), "Career chat",
                "Bring your CV.\nSecond line, 'quotes' and ünïcödé.");
        return new MentorshipSession(0, details, db.london.zone(), SessionStatus.PUBLISHED, "series-1",
                "tok_abcdefghijklmnopqrstu", 7, Instant.parse("2026-11-01T12:00:00.123Z"), Instant.parse("2026-11-02T08:30:00.456Z"));
    }

    @Test
    void sessionWithEveryFieldReadsBack() {
        long wit = storage.transact(r -> r.groups().insert("Women in Tech")).id();
        long juniors = storage.transact(r -> r.groups().insert("Juniors")).id();
        MentorshipSession session = everyField(wit, juniors);

        MentorshipSession saved = storage.transact(r -> r.sessions().insert(session));

        assertThat(saved.id()).isPositive();
        MentorshipSession read = storage.transact(r -> r.sessions().findById(saved.id())).orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.details().groupIds()).containsExactlyInAnyOrder(wit, juniors);
        assertThat(read.startInstant()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(storage.transact((Repositories r) -> r.sessions().findByToken("tok_abcdefghijklmnopqrstu"))).contains(saved);
        assertThat(storage.transact((Repositories r) -> r.sessions().findBySeries("series-1"))).containsExactly(saved);
    }

    @Test
    void sessionUpdateOverwritesEveryFieldIncludingGroups() {
        long wit = storage.transact(r -> r.groups().insert("Women in Tech")).id();
        long juniors = storage.transact(r -> r.groups().insert("Juniors")).id();
        MentorshipSession saved = storage.transact(r -> r.sessions().insert(everyField(wit, juniors)));
        SessionDetails changed = new SessionDetails(db.bob.id(), null, db.newYork.id(), LocalDateTime.parse("2026-12-01T09:15"),
                Duration.ofMinutes(30), EnrollmentMethod.IN_PERSON, null, null, Set.of(juniors), "", "");
        MentorshipSession update = new MentorshipSession(saved.id(), changed, db.newYork.zone(), SessionStatus.CANCELLED,
                null, null, 8, saved.createdAt(), Instant.parse("2026-11-03T00:00:00Z"), saved.uid());

        storage.transactVoid(r -> r.sessions().update(update));

        assertThat(storage.transact((Repositories r) -> r.sessions().findById(saved.id()))).contains(update);
        assertThat(storage.transact((Repositories r) -> r.sessions().findByToken("tok_abcdefghijklmnopqrstu"))).isEmpty();
    }

    @Test
    void updatingAMissingSessionFails() {
        MentorshipSession ghost = StoreFixture.withStatus(db.draft(db.ada, "2026-12-01T10:00", Duration.ofMinutes(30)),
                SessionStatus.DRAFT, null);
        MentorshipSession withId = new MentorshipSession(4242, ghost.details(), ghost.zone(), ghost.status(), null, null, 0,
                ghost.createdAt(), ghost.updatedAt());

        assertThatThrownBy(() -> storage.transactVoid(r -> r.sessions().update(withId)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void insertAllKeepsOrderAndGivesIds() {
        long wit = storage.transact(r -> r.groups().insert("Women in Tech")).id();
        MentorshipSession first = db.draft(db.ada, "2026-12-02T10:00", Duration.ofMinutes(30));
        MentorshipSession second = everyField(wit, wit);
        MentorshipSession third = db.draft(db.bob, "2026-12-01T10:00", Duration.ofMinutes(60));

        List<MentorshipSession> saved = storage.transact(r -> r.sessions().insertAll(List.of(first, second, third)));

        assertThat(saved).extracting(MentorshipSession::id).doesNotHaveDuplicates().isSorted();
        for (MentorshipSession s : saved) {
            assertThat(storage.transact((Repositories r) -> r.sessions().findById(s.id()))).contains(s);
        }
        assertThat(storage.transact((Repositories r) -> r.sessions().findByIds(saved.stream().map(MentorshipSession::id).toList())))
                .containsExactly(saved.get(1), saved.get(2), saved.get(0));
        assertThat(storage.transact((Repositories r) -> r.sessions().count())).isEqualTo(3);
        assertThat(storage.transact((Repositories r) -> r.sessions().insertAll(List.of()))).isEmpty();
    }

    @Test
    void restoreAfterDeleteKeepsTheIdAndEveryField() {
        long wit = storage.transact(r -> r.groups().insert("Women in Tech")).id();
        MentorshipSession saved = storage.transact(r -> r.sessions().insert(everyField(wit, wit)));
        db.saved(db.ada, "2026-12-05T10:00", Duration.ofMinutes(30)); // a later row, so the id is not simply max+1

        assertThat(storage.transact((Repositories r) -> r.sessions().delete(saved.id()))).isTrue();
        assertThat(storage.transact((Repositories r) -> r.sessions().findById(saved.id()))).isEmpty();
        assertThat(storage.transact((Repositories r) -> r.sessions().delete(saved.id()))).isFalse();

        storage.transactVoid(r -> r.sessions().restore(saved));

        assertThat(storage.transact((Repositories r) -> r.sessions().findById(saved.id()))).contains(saved);
    }

    @Test
    void restoreOfAnExistingSessionOverwritesIt() {
        MentorshipSession saved = db.saved(db.ada, "2026-12-01T10:00", Duration.ofMinutes(30));
        MentorshipSession published = StoreFixture.withStatus(saved, SessionStatus.PUBLISHED, "token-1");

        storage.transactVoid(r -> r.sessions().restore(published));

        assertThat(storage.transact((Repositories r) -> r.sessions().findById(saved.id()))).contains(published);
        assertThat(storage.transact((Repositories r) -> r.sessions().count())).isEqualTo(1);
    }

    @Test
    void bookingTokensAreUnique() {
        MentorshipSession one = db.saved(db.ada, "2026-12-01T10:00", Duration.ofMinutes(30));
        MentorshipSession two = db.saved(db.ada, "2026-12-02T10:00", Duration.ofMinutes(30));
        storage.transactVoid(r -> r.sessions().update(StoreFixture.withStatus(one, SessionStatus.PUBLISHED, "same-token")));

        assertThatThrownBy(() -> storage.transactVoid(r -> r.sessions().update(StoreFixture.withStatus(two, SessionStatus.PUBLISHED, "same-token"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("breaks a rule of the database");
        assertThat(storage.transact((Repositories r) -> r.sessions().findById(two.id()))).contains(two);
    }

    @Test
    void sessionOfAnUnknownMentorIsRefusedByForeignKeys() {
        MentorshipSession draft = db.draft(db.ada, "2026-12-01T10:00", Duration.ofMinutes(30));
        MentorshipSession orphan = new MentorshipSession(0, draft.details().withMentor(999), draft.zone(), draft.status(),
                null, null, 0, draft.createdAt(), draft.updatedAt());

        assertThatThrownBy(() -> storage.transact(r -> r.sessions().insert(orphan)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("FOREIGN KEY");
        assertThat(storage.transact((Repositories r) -> r.sessions().count())).isZero();
    }
}

package org.mentorplanner.store;

import static org.mentorplanner.store.generated.Tables.GROUP_MEMBERSHIP;
import static org.mentorplanner.store.generated.Tables.PERSON;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.service.port.PersonRepository;

/**
 * People in SQLite: reads are plain SQL, so the planner opens without waiting for jOOQ (see
 * {@link Rows}); changes go through jOOQ.
 */
final class JooqPersonRepository implements PersonRepository {

    private static final String SELECT_PEOPLE = "select id, email, name, is_mentor, is_mentee, is_coordinator from person";

    private final ConnectionAndJooq db;

    JooqPersonRepository(ConnectionAndJooq db) {
        this.db = db;
    }

    @Override
    public Person insert(Person person) {
        long id = db.jooq().insertInto(PERSON)
                     .set(PERSON.EMAIL, person.email())
                     .set(PERSON.NAME, person.name())
                     .set(PERSON.IS_MENTOR, person.isMentor())
                     .set(PERSON.IS_MENTEE, person.isMentee())
                     .set(PERSON.IS_COORDINATOR, person.isCoordinator())
                     .returningResult(PERSON.ID)
                     .fetchOne()
                     .value1();
        return new Person(id, person.email(), person.name(), person.roles());
    }

    @Override
    public void update(Person person) {
        db.jooq().update(PERSON)
           .set(PERSON.EMAIL, person.email())
           .set(PERSON.NAME, person.name())
           .set(PERSON.IS_MENTOR, person.isMentor())
           .set(PERSON.IS_MENTEE, person.isMentee())
           .set(PERSON.IS_COORDINATOR, person.isCoordinator())
           .where(PERSON.ID.eq(person.id()))
           .execute();
    }

    @Override
    public Optional<Person> findById(long id) {
        return Rows.query(db.jdbc(), SELECT_PEOPLE + " where id = ?", List.of(id), JooqPersonRepository::toPerson)
                   .stream().findFirst();
    }

    @Override
    public Optional<Person> findByEmail(String email) {
        return Rows.query(db.jdbc(), SELECT_PEOPLE + " where email = ?", List.of(email.strip()), JooqPersonRepository::toPerson)
                   .stream().findFirst();
    }

    @Override
    public List<Person> findAll() {
        return Rows.query(db.jdbc(), SELECT_PEOPLE + " order by name, id", List.of(), JooqPersonRepository::toPerson);
    }

    @Override
    public List<Person> findMentors() {
        return Rows.query(db.jdbc(), SELECT_PEOPLE + " where is_mentor = 1 order by name, id", List.of(),
                JooqPersonRepository::toPerson);
    }

    @Override
    public List<Person> findMentees() {
        return Rows.query(db.jdbc(), SELECT_PEOPLE + " where is_mentee = 1 order by name, id", List.of(),
                JooqPersonRepository::toPerson);
    }

    @Override
    public List<Person> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Rows.query(db.jdbc(), SELECT_PEOPLE + " where id in (" + Rows.placeholders(ids) + ") order by name, id",
                List.copyOf(ids), JooqPersonRepository::toPerson);
    }

    @Override
    public void setGroups(long personId, Set<Long> groupIds) {
        db.jooq().deleteFrom(GROUP_MEMBERSHIP).where(GROUP_MEMBERSHIP.PERSON_ID.eq(personId)).execute();
        for (Long groupId : groupIds) {
            db.jooq().insertInto(GROUP_MEMBERSHIP, GROUP_MEMBERSHIP.GROUP_ID, GROUP_MEMBERSHIP.PERSON_ID)
               .values(groupId, personId)
               .execute();
        }
    }

    @Override
    public Set<Long> groupsOf(long personId) {
        return new HashSet<>(db.jooq().select(GROUP_MEMBERSHIP.GROUP_ID)
                                .from(GROUP_MEMBERSHIP)
                                .where(GROUP_MEMBERSHIP.PERSON_ID.eq(personId))
                                .fetch(GROUP_MEMBERSHIP.GROUP_ID));
    }

    @Override
    public long count() {
        return db.jooq().fetchCount(PERSON);
    }

    private static Person toPerson(ResultSet row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (row.getBoolean("is_mentor")) {
            roles.add(Role.MENTOR);
        }
        if (row.getBoolean("is_mentee")) {
            roles.add(Role.MENTEE);
        }
        if (row.getBoolean("is_coordinator")) {
            roles.add(Role.COORDINATOR);
        }
        return new Person(row.getLong("id"), row.getString("email"), row.getString("name"), roles);
    }
}

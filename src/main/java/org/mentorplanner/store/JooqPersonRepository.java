package org.mentorplanner.store;

import static org.mentorplanner.store.generated.Tables.GROUP_MEMBERSHIP;
import static org.mentorplanner.store.generated.Tables.PERSON;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.service.port.PersonRepository;

/** People in SQLite through jOOQ. */
final class JooqPersonRepository implements PersonRepository {

    private final DSLContext ctx;

    JooqPersonRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Person insert(Person person) {
        long id = ctx.insertInto(PERSON)
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
        ctx.update(PERSON)
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
        return ctx.selectFrom(PERSON).where(PERSON.ID.eq(id)).fetchOptional(JooqPersonRepository::toPerson);
    }

    @Override
    public Optional<Person> findByEmail(String email) {
        return ctx.selectFrom(PERSON).where(PERSON.EMAIL.eq(email.strip())).fetchOptional(JooqPersonRepository::toPerson);
    }

    @Override
    public List<Person> findAll() {
        return ctx.selectFrom(PERSON).orderBy(PERSON.NAME, PERSON.ID).fetch(JooqPersonRepository::toPerson);
    }

    @Override
    public List<Person> findMentors() {
        return ctx.selectFrom(PERSON)
                  .where(PERSON.IS_MENTOR.isTrue())
                  .orderBy(PERSON.NAME, PERSON.ID)
                  .fetch(JooqPersonRepository::toPerson);
    }

    @Override
    public List<Person> findMentees() {
        return ctx.selectFrom(PERSON)
                  .where(PERSON.IS_MENTEE.isTrue())
                  .orderBy(PERSON.NAME, PERSON.ID)
                  .fetch(JooqPersonRepository::toPerson);
    }

    @Override
    public List<Person> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return ctx.selectFrom(PERSON)
                  .where(PERSON.ID.in(ids))
                  .orderBy(PERSON.NAME, PERSON.ID)
                  .fetch(JooqPersonRepository::toPerson);
    }

    @Override
    public void setGroups(long personId, Set<Long> groupIds) {
        ctx.deleteFrom(GROUP_MEMBERSHIP).where(GROUP_MEMBERSHIP.PERSON_ID.eq(personId)).execute();
        for (Long groupId : groupIds) {
            ctx.insertInto(GROUP_MEMBERSHIP, GROUP_MEMBERSHIP.GROUP_ID, GROUP_MEMBERSHIP.PERSON_ID)
               .values(groupId, personId)
               .execute();
        }
    }

    @Override
    public Set<Long> groupsOf(long personId) {
        return new HashSet<>(ctx.select(GROUP_MEMBERSHIP.GROUP_ID)
                                .from(GROUP_MEMBERSHIP)
                                .where(GROUP_MEMBERSHIP.PERSON_ID.eq(personId))
                                .fetch(GROUP_MEMBERSHIP.GROUP_ID));
    }

    @Override
    public long count() {
        return ctx.fetchCount(PERSON);
    }

    private static Person toPerson(Record row) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (row.get(PERSON.IS_MENTOR)) {
            roles.add(Role.MENTOR);
        }
        if (row.get(PERSON.IS_MENTEE)) {
            roles.add(Role.MENTEE);
        }
        if (row.get(PERSON.IS_COORDINATOR)) {
            roles.add(Role.COORDINATOR);
        }
        return new Person(row.get(PERSON.ID), row.get(PERSON.EMAIL), row.get(PERSON.NAME), roles);
    }
}

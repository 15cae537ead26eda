package org.mentorplanner.store;

import static org.mentorplanner.store.generated.Tables.MEMBER_GROUP;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.mentorplanner.domain.Group;
import org.mentorplanner.service.port.GroupRepository;

/** Groups in SQLite through jOOQ. */
final class JooqGroupRepository implements GroupRepository {

    private final DSLContext ctx;

    JooqGroupRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Group insert(String name) {
        long id = ctx.insertInto(MEMBER_GROUP)
                     .set(MEMBER_GROUP.NAME, name.strip())
                     .returningResult(MEMBER_GROUP.ID)
                     .fetchOne()
                     .value1();
        return new Group(id, name.strip());
    }

    @Override
    public Optional<Group> findById(long id) {
        return ctx.selectFrom(MEMBER_GROUP).where(MEMBER_GROUP.ID.eq(id)).fetchOptional(JooqGroupRepository::toGroup);
    }

    @Override
    public Optional<Group> findByName(String name) {
        return ctx.selectFrom(MEMBER_GROUP)
                  .where(MEMBER_GROUP.NAME.eq(name.strip()))
                  .fetchOptional(JooqGroupRepository::toGroup);
    }

    @Override
    public List<Group> findAll() {
        return ctx.selectFrom(MEMBER_GROUP).orderBy(MEMBER_GROUP.NAME).fetch(JooqGroupRepository::toGroup);
    }

    private static Group toGroup(Record row) {
        return new Group(row.get(MEMBER_GROUP.ID), row.get(MEMBER_GROUP.NAME));
    }
}

package org.mentorplanner.store;

import static org.mentorplanner.store.generated.Tables.MEMBER_GROUP;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.mentorplanner.domain.Group;
import org.mentorplanner.service.port.GroupRepository;

/**
 * Member groups in SQLite: reads are plain SQL, so the planner opens without waiting for jOOQ
 * (see {@link Rows}); changes go through jOOQ.
 */
final class JooqGroupRepository implements GroupRepository {

    private static final String SELECT_GROUPS = "select id, name from member_group";

    private final ConnectionAndJooq db;

    JooqGroupRepository(ConnectionAndJooq db) {
        this.db = db;
    }

    @Override
    public Group insert(String name) {
        long id = db.jooq().insertInto(MEMBER_GROUP)
                     .set(MEMBER_GROUP.NAME, name.strip())
                     .returningResult(MEMBER_GROUP.ID)
                     .fetchOne()
                     .value1();
        return new Group(id, name.strip());
    }

    @Override
    public Optional<Group> findById(long id) {
        return Rows.query(db.jdbc(), SELECT_GROUPS + " where id = ?", List.of(id), JooqGroupRepository::toGroup)
                   .stream().findFirst();
    }

    @Override
    public Optional<Group> findByName(String name) {
        return Rows.query(db.jdbc(), SELECT_GROUPS + " where name = ?", List.of(name.strip()), JooqGroupRepository::toGroup)
                   .stream().findFirst();
    }

    @Override
    public List<Group> findAll() {
        return Rows.query(db.jdbc(), SELECT_GROUPS + " order by name", List.of(), JooqGroupRepository::toGroup);
    }

    private static Group toGroup(ResultSet row) throws SQLException {
        return new Group(row.getLong("id"), row.getString("name"));
    }
}

package org.mentorplanner.store;

import static org.mentorplanner.store.generated.Tables.LOCATION;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.LocationKind;
import org.mentorplanner.service.port.LocationRepository;

/**
 * Locations in SQLite: reads are plain SQL, so the planner opens without waiting for jOOQ (see
 * {@link Rows}); changes go through jOOQ.
 */
final class JooqLocationRepository implements LocationRepository {

    private static final String SELECT_LOCATIONS = "select id, name, zone_id, kind from location";

    private final ConnectionAndJooq db;

    JooqLocationRepository(ConnectionAndJooq db) {
        this.db = db;
    }

    @Override
    public Location insert(Location location) {
        long id = db.jooq().insertInto(LOCATION)
                     .set(LOCATION.NAME, location.name())
                     .set(LOCATION.ZONE_ID, location.zone())
                     .set(LOCATION.KIND, location.kind().name())
                     .returningResult(LOCATION.ID)
                     .fetchOne()
                     .value1();
        return new Location(id, location.name(), location.zone(), location.kind());
    }

    @Override
    public void update(Location location) {
        db.jooq().update(LOCATION)
           .set(LOCATION.NAME, location.name())
           .set(LOCATION.ZONE_ID, location.zone())
           .set(LOCATION.KIND, location.kind().name())
           .where(LOCATION.ID.eq(location.id()))
           .execute();
    }

    @Override
    public Optional<Location> findById(long id) {
        return Rows.query(db.jdbc(), SELECT_LOCATIONS + " where id = ?", List.of(id), JooqLocationRepository::toLocation)
                   .stream().findFirst();
    }

    @Override
    public Optional<Location> findByName(String name) {
        return Rows.query(db.jdbc(), SELECT_LOCATIONS + " where name = ?", List.of(name.strip()),
                JooqLocationRepository::toLocation).stream().findFirst();
    }

    @Override
    public List<Location> findAll() {
        return Rows.query(db.jdbc(), SELECT_LOCATIONS + " order by name", List.of(), JooqLocationRepository::toLocation);
    }

    private static Location toLocation(ResultSet row) throws SQLException {
        return new Location(row.getLong("id"), row.getString("name"), ZoneId.of(row.getString("zone_id")),
                LocationKind.valueOf(row.getString("kind")));
    }
}

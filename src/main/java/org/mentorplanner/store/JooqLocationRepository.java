package org.mentorplanner.store;

import static org.mentorplanner.store.generated.Tables.LOCATION;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.LocationKind;
import org.mentorplanner.service.port.LocationRepository;

/** Locations in SQLite through jOOQ. */
final class JooqLocationRepository implements LocationRepository {

    private final DSLContext ctx;

    JooqLocationRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Location insert(Location location) {
        long id = ctx.insertInto(LOCATION)
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
        ctx.update(LOCATION)
           .set(LOCATION.NAME, location.name())
           .set(LOCATION.ZONE_ID, location.zone())
           .set(LOCATION.KIND, location.kind().name())
           .where(LOCATION.ID.eq(location.id()))
           .execute();
    }

    @Override
    public Optional<Location> findById(long id) {
        return ctx.selectFrom(LOCATION).where(LOCATION.ID.eq(id)).fetchOptional(JooqLocationRepository::toLocation);
    }

    @Override
    public Optional<Location> findByName(String name) {
        return ctx.selectFrom(LOCATION)
                  .where(LOCATION.NAME.eq(name.strip()))
                  .fetchOptional(JooqLocationRepository::toLocation);
    }

    @Override
    public List<Location> findAll() {
        return ctx.selectFrom(LOCATION).orderBy(LOCATION.NAME).fetch(JooqLocationRepository::toLocation);
    }

    private static Location toLocation(Record row) {
        return new Location(row.get(LOCATION.ID), row.get(LOCATION.NAME), row.get(LOCATION.ZONE_ID),
                LocationKind.valueOf(row.get(LOCATION.KIND)));
    }
}

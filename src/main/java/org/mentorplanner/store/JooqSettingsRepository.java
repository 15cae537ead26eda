package org.mentorplanner.store;

import static org.mentorplanner.store.generated.Tables.SETTING;

import java.util.List;
import java.util.Optional;
import org.mentorplanner.service.port.SettingsRepository;

/**
 * Settings in SQLite: reads are plain SQL, so the planner opens without waiting for jOOQ (see
 * {@link Rows}); changes go through jOOQ.
 */
final class JooqSettingsRepository implements SettingsRepository {

    private final ConnectionAndJooq db;

    JooqSettingsRepository(ConnectionAndJooq db) {
        this.db = db;
    }

    @Override
    public Optional<String> get(String key) {
        return Rows.query(db.jdbc(), "select value from setting where key = ?", List.of(key), row -> row.getString(1))
                   .stream().findFirst();
    }

    @Override
    public void put(String key, String value) {
        db.jooq().insertInto(SETTING, SETTING.KEY, SETTING.VALUE)
           .values(key, value)
           .onConflict(SETTING.KEY)
           .doUpdate()
           .set(SETTING.VALUE, value)
           .execute();
    }

    @Override
    public void remove(String key) {
        db.jooq().deleteFrom(SETTING).where(SETTING.KEY.eq(key)).execute();
    }
}

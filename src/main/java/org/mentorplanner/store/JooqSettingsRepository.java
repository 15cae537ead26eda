package org.mentorplanner.store;

import static org.mentorplanner.store.generated.Tables.SETTING;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.mentorplanner.service.port.SettingsRepository;

/**
 * Settings in SQLite: reads are plain SQL, so the planner opens without waiting for jOOQ (see
 * {@link Rows}); changes go through jOOQ.
 */
final class JooqSettingsRepository implements SettingsRepository {

    private final Connection connection;
    private final Supplier<DSLContext> jooq;

    JooqSettingsRepository(Connection connection, Supplier<DSLContext> jooq) {
        this.connection = connection;
        this.jooq = jooq;
    }

    private DSLContext ctx() {
        return jooq.get();
    }

    @Override
    public Optional<String> get(String key) {
        return Rows.query(connection, "select value from setting where key = ?", List.of(key), row -> row.getString(1))
                   .stream().findFirst();
    }

    @Override
    public void put(String key, String value) {
        ctx().insertInto(SETTING, SETTING.KEY, SETTING.VALUE)
           .values(key, value)
           .onConflict(SETTING.KEY)
           .doUpdate()
           .set(SETTING.VALUE, value)
           .execute();
    }

    @Override
    public void remove(String key) {
        ctx().deleteFrom(SETTING).where(SETTING.KEY.eq(key)).execute();
    }
}

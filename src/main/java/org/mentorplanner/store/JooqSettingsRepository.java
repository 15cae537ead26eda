package org.mentorplanner.store;

import static org.mentorplanner.store.generated.Tables.SETTING;

import java.util.Optional;
import org.jooq.DSLContext;
import org.mentorplanner.service.port.SettingsRepository;

/** Settings in SQLite through jOOQ. */
final class JooqSettingsRepository implements SettingsRepository {

    private final DSLContext ctx;

    JooqSettingsRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Optional<String> get(String key) {
        return ctx.select(SETTING.VALUE).from(SETTING).where(SETTING.KEY.eq(key)).fetchOptional(SETTING.VALUE);
    }

    @Override
    public void put(String key, String value) {
        ctx.insertInto(SETTING, SETTING.KEY, SETTING.VALUE)
           .values(key, value)
           .onConflict(SETTING.KEY)
           .doUpdate()
           .set(SETTING.VALUE, value)
           .execute();
    }

    @Override
    public void remove(String key) {
        ctx.deleteFrom(SETTING).where(SETTING.KEY.eq(key)).execute();
    }
}

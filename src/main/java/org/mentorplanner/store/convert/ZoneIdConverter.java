package org.mentorplanner.store.convert;

import java.time.ZoneId;
import org.jooq.impl.AbstractConverter;

/** Stores IANA time zones by their id. */
public final class ZoneIdConverter extends AbstractConverter<String, ZoneId> {

    public ZoneIdConverter() {
        super(String.class, ZoneId.class);
    }

    @Override
    public ZoneId from(String id) {
        return id == null ? null : ZoneId.of(id);
    }

    @Override
    public String to(ZoneId zone) {
        return zone == null ? null : zone.getId();
    }
}

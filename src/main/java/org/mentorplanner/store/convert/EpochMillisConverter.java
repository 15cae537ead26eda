package org.mentorplanner.store.convert;

import java.time.Instant;
import org.jooq.impl.AbstractConverter;

/** Stores instants as epoch milliseconds: compact, sortable and index-friendly in SQLite. */
public final class EpochMillisConverter extends AbstractConverter<Long, Instant> {

    public EpochMillisConverter() {
        super(Long.class, Instant.class);
    }

    @Override
    public Instant from(Long epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis);
    }

    @Override
    public Long to(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}

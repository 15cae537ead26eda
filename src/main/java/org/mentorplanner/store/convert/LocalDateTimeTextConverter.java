package org.mentorplanner.store.convert;

import java.time.LocalDateTime;
import org.jooq.impl.AbstractConverter;

/** Stores wall-clock date-times as ISO-8601 text ({@code 2026-12-01T10:00}), readable in any SQLite tool. */
public final class LocalDateTimeTextConverter extends AbstractConverter<String, LocalDateTime> {

    public LocalDateTimeTextConverter() {
        super(String.class, LocalDateTime.class);
    }

    @Override
    public LocalDateTime from(String text) {
        return text == null ? null : LocalDateTime.parse(text);
    }

    @Override
    public String to(LocalDateTime dateTime) {
        return dateTime == null ? null : dateTime.toString();
    }
}

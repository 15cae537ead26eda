package org.mentorplanner.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * How a Java value of type {@code T} is kept in an SQLite column: the value SQLite stores
 * ({@link Long}, {@link Integer}, {@link String} or {@code null}), bound to a statement and read
 * back from a result set. Plain JDBC only, so the planner's first reads need no jOOQ (ADR 0012);
 * jOOQ binds {@link #stored} values as {@link #storedClass}.
 *
 * @param storedClass what the database keeps: {@code Long.class}, {@code Integer.class} or {@code String.class}
 * @param toStored    the stored form of a value that is not {@code null}
 * @param reader      reads the value at a 1-based position of the current row
 * @param <T>         the Java type
 */
record StoredAs<T>(Class<?> storedClass, Function<T, Object> toStored, Reader<T> reader) {

    /** Reads one column of the current row; {@code null} for SQL NULL. */
    @FunctionalInterface
    interface Reader<T> {
        T read(ResultSet row, int position) throws SQLException;
    }

    /** An integer column (ids, foreign keys), possibly NULL. */
    static final StoredAs<Long> INTEGER = new StoredAs<>(Long.class, value -> value, (row, position) -> {
        long value = row.getLong(position);
        return row.wasNull() ? null : value;
    });

    /** A small integer (revisions). */
    static final StoredAs<Integer> INT = new StoredAs<>(Integer.class, value -> value, (row, position) -> {
        int value = row.getInt(position);
        return row.wasNull() ? null : value;
    });

    /** Text as it is. */
    static final StoredAs<String> TEXT = new StoredAs<>(String.class, value -> value, ResultSet::getString);

    /** A time zone by its IANA id ({@code Europe/Berlin}). */
    static final StoredAs<ZoneId> ZONE = text(ZoneId::getId, ZoneId::of);

    /**
     * A wall-clock date-time as ISO-8601 text ({@code 2026-12-01T10:00}), the form
     * {@code LocalDateTimeTextConverter} gives jOOQ's generated table.
     */
    static final StoredAs<LocalDateTime> LOCAL_DATE_TIME = text(LocalDateTime::toString, StoredAs::localDateTime);

    /** An instant as milliseconds since the epoch, the form {@code EpochMillisConverter} gives jOOQ. */
    static final StoredAs<Instant> EPOCH_MILLIS = new StoredAs<>(Long.class, Instant::toEpochMilli, (row, position) -> {
        long millis = row.getLong(position);
        return row.wasNull() ? null : Instant.ofEpochMilli(millis);
    });

    /** A duration in whole minutes. */
    static final StoredAs<Duration> MINUTES = new StoredAs<>(Integer.class, duration -> (int) duration.toMinutes(),
            (row, position) -> {
                int minutes = row.getInt(position);
                return row.wasNull() ? null : Duration.ofMinutes(minutes);
            });

    /** An enum constant by its name. */
    static <E extends Enum<E>> StoredAs<E> name(Class<E> type) {
        return text(Enum::name, name -> Enum.valueOf(type, name));
    }

    private static <T> StoredAs<T> text(Function<T, String> format, Function<String, T> parse) {
        return new StoredAs<>(String.class, format::apply, (row, position) -> {
            String text = row.getString(position);
            return text == null ? null : parse.apply(text);
        });
    }

    /**
     * {@link LocalDateTime#parse} of {@code 2026-12-01T10:00} or {@code 2026-12-01T10:00:30}, the
     * forms {@link LocalDateTime#toString} writes for whole minutes and seconds, read digit by
     * digit: {@code session list} reads one per session, and the formatter's general parse is
     * a large part of listing ten thousand. Any other text goes to {@link LocalDateTime#parse}.
     */
    static LocalDateTime localDateTime(String text) {
        int length = text.length();
        if ((length == 16 || length == 19 && text.charAt(16) == ':') && text.charAt(4) == '-' && text.charAt(7) == '-'
                && text.charAt(10) == 'T' && text.charAt(13) == ':') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = length == 19 ? digits(text, 17, 2) : 0;
            if ((year | month | day | hour | minute | second) >= 0) {
                try {
                    return LocalDateTime.of(year, month, day, hour, minute, second);
                } catch (DateTimeException e) {
                    // out of range, such as 2026-02-30: the parse below refuses it in its own words
                }
            }
        }
        return LocalDateTime.parse(text);
    }

    /** The number in {@code count} ASCII digits from {@code start}, or -1 when one is not a digit. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }

    /** {@code value} as the database keeps it; {@code null} stays {@code null}. */
    Object stored(T value) {
        return value == null ? null : toStored.apply(value);
    }

    /** Binds {@code value} to the statement's {@code position} (1-based). */
    void bind(PreparedStatement statement, int position, T value) throws SQLException {
        statement.setObject(position, stored(value));
    }

    /** The value at {@code position} (1-based) of the current row. */
    T read(ResultSet row, int position) throws SQLException {
        return reader.read(row, position);
    }
}

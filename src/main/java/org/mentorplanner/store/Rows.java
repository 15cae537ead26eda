package org.mentorplanner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Plain JDBC reads and the row mappers that both these and jOOQ-built selects use. The reads
 * the planner needs to open run here, so jOOQ's start-up stays off the way to the first painted
 * week (ADR 0012). Nothing here refers to jOOQ.
 */
final class Rows {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface Mapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private Rows() {
    }

    /**
     * Runs {@code sql} with its {@code ?} bound to {@code parameters} in order (each a
     * {@link Long}, {@link Integer}, {@link String} or {@code null}) and maps every row.
     *
     * @throws UncheckedSqlException when the driver fails; the storage turns it into a message
     */
    static <T> List<T> query(Connection connection, String sql, List<?> parameters, Mapper<T> mapper) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                return all(rows, mapper);
            }
        } catch (SQLException e) {
            throw new UncheckedSqlException(e);
        }
    }

    /** Maps every remaining row of {@code rows}. */
    static <T> List<T> all(ResultSet rows, Mapper<T> mapper) throws SQLException {
        List<T> mapped = new ArrayList<>();
        while (rows.next()) {
            mapped.add(mapper.map(rows));
        }
        return mapped;
    }

    /** {@code "?, ?, ?"} for {@code values} of size three: the placeholders of an {@code in (…)} list. */
    static String placeholders(Collection<?> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }

    /** A driver failure in a plain JDBC read, unchecked so it can leave a repository method. */
    static final class UncheckedSqlException extends RuntimeException {
        UncheckedSqlException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}

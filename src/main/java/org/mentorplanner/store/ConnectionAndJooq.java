package org.mentorplanner.store;

import java.sql.Connection;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * A connection plus a jOOQ factory, what the repositories work on: the storage's one connection
 * for plain JDBC, and jOOQ on that connection, made the first time a repository asks for it
 * (ADR 0012). The storage runs the transaction around them.
 */
record ConnectionAndJooq(Connection jdbc, Supplier<DSLContext> jooqOnFirstUse) {

    /** jOOQ on the connection; the first call sets it up. */
    DSLContext jooq() {
        return jooqOnFirstUse.get();
    }
}

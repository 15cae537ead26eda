package org.mentorplanner.store;

import java.sql.Connection;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * What the repositories work on: the storage's one connection for plain JDBC reads, and jOOQ on
 * that connection, made the first time a repository asks for it (ADR 0012). The storage runs
 * the transaction around them.
 */
record Database(Connection jdbc, Supplier<DSLContext> jooqOnFirstUse) {

    /** jOOQ on the connection; the first call sets it up. */
    DSLContext jooq() {
        return jooqOnFirstUse.get();
    }
}

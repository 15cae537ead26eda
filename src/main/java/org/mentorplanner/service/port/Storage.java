package org.mentorplanner.service.port;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The store as services see it: every piece of work runs in one transaction, all or nothing.
 * Implementations serialise work (SQLite has one writer).
 */
public interface Storage {

    /** Runs {@code work} in one transaction and returns its result; any exception rolls it back. */
    <T> T transact(Function<Repositories, T> work);

    /** Runs {@code work} in one transaction; any exception rolls it back. */
    default void transactVoid(Consumer<Repositories> work) {
        transact(repositories -> {
            work.accept(repositories);
            return null;
        });
    }
}

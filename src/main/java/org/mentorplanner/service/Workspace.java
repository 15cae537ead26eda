package org.mentorplanner.service;

import java.nio.file.Path;

/**
 * One open database with its services. The command line and the app each open one; tests open
 * one on a file in a temporary folder.
 */
public interface Workspace extends AutoCloseable {

    /** The service of the given type, wired to this workspace's database. */
    <T> T service(Class<T> type);

    /** The database file. */
    Path databaseFile();

    /** Closes the database. */
    @Override
    void close();

    /** Opens workspaces; implemented by the app's wiring. */
    @FunctionalInterface
    interface Opener {
        /** Opens (creating and migrating if needed) the database in {@code file}. */
        Workspace open(Path file);
    }
}

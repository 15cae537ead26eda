package org.mentorplanner.service.port;

import java.nio.file.Path;

/**
 * Copies of the whole database file, for backups: a consistent snapshot written while the
 * database stays in use, and putting a snapshot back.
 */
public interface DatabaseCopies {

    /** The database file. */
    Path databaseFile();

    /** The folder beside the database where its backups go. */
    Path backupFolder();

    /** Whether this opening created the database (a new, empty file has nothing to back up yet). */
    boolean createdNow();

    /** Whether the database was opened read-only (no backups can be written beside it then). */
    boolean readOnly();

    /**
     * Writes a consistent copy of the database to {@code target} (replacing it), all or nothing:
     * a copy that fails halfway leaves no file behind.
     */
    void copyTo(Path target);

    /**
     * Replaces the database's content with the backup in {@code backup}, all or nothing, and
     * migrates it if it is from an older version. Refuses a file that is not a backup this
     * version can use, leaving the database as it was.
     */
    void restoreFrom(Path backup);
}

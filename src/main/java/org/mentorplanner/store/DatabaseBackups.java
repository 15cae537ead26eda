package org.mentorplanner.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.mentorplanner.service.port.StorageException;
import org.sqlite.SQLiteErrorCode;

/**
 * Backups of a database file: where they go (a {@code backups} folder beside it) and how one is
 * written (SQLite's {@code VACUUM INTO}, a consistent copy taken while the database is in use,
 * into a temporary file that is moved into place only when complete).
 */
final class DatabaseBackups {

    static final String FOLDER = "backups";

    private DatabaseBackups() {
    }

    /** The backup folder of {@code database}. */
    static Path folder(Path database) {
        return database.toAbsolutePath().resolveSibling(FOLDER);
    }

    /** The database's file name without {@code .db}: the start of its backups' names. */
    static String stem(Path database) {
        String name = database.getFileName().toString();
        return name.endsWith(".db") && name.length() > 3 ? name.substring(0, name.length() - 3) : name;
    }

    /** A new file name for the backup taken before migrating from schema {@code version}. */
    static Path beforeMigration(Path database, String version) {
        return unused(folder(database), stem(database) + "-before-update-from-v" + version);
    }

    /** A new file name for the backup of the current content taken before a restore replaces it. */
    static Path beforeRestore(Path database) {
        return unused(folder(database), stem(database) + "-before-restore");
    }

    private static Path unused(Path folder, String base) {
        Path candidate = folder.resolve(base + ".db");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(base + "-" + n + ".db");
        }
        return candidate;
    }

    /** Writes a consistent copy of the database on {@code connection} to {@code target}, replacing it. */
    static void copy(Connection connection, Path target) {
        Path absolute = target.toAbsolutePath();
        // A name of its own: two programs may make the same day's backup at once.
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.createDirectories(absolute.getParent());
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM INTO '" + temporary.toString().replace("'", "''") + "'");
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            String reason = e instanceof IOException io ? DatabaseFile.reason(io) : e.getMessage();
            boolean full = String.valueOf(reason).toLowerCase(Locale.ROOT).contains("full")
                    || e instanceof SQLException sql && SqliteStorage.primaryCode(sql) == SQLiteErrorCode.SQLITE_FULL;
            throw new StorageException(full
                    ? "The disk is full: the backup " + absolute + " could not be written. Free some space and try again."
                    : "The backup " + absolute + " could not be written: " + reason + ". Pick another place for it.", e);
        }
    }
}

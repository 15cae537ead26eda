package org.mentorplanner.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.service.port.DatabaseCopies;
import org.mentorplanner.service.port.Repositories;
import org.mentorplanner.service.port.Storage;
import org.mentorplanner.service.port.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * The SQLite file behind the app: opened once, migrated by Flyway, written through one
 * connection. SQLite has one writer, so transactions are serialised here.
 *
 * <p>Transactions are plain JDBC (a savepoint for nested work), and jOOQ is set up only when
 * a repository first builds a query with it: the reads the planner needs to open are plain SQL,
 * so the first painted week does not wait for jOOQ's start-up (ADR 0012). {@link #warmUp()}
 * sets jOOQ up ahead of the first write.
 */
public final class SqliteStorage implements Storage, DatabaseCopies, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteStorage.class);
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private final Path file;
    private final Connection connection;
    private final JooqRepositories repositories;
    /*
     * Only the thread holding this object's monitor is ever inside a transaction, so the monitor
     * guards both fields below.
     */
    /** jOOQ on the connection, made on first use. */
    private DSLContext jooq;
    /** How many transactions are open, the outermost included: more than one means savepoints. */
    private int depth;
    /** How a transaction begins: as a writer (BEGIN IMMEDIATE), or plainly on a file opened read-only. */
    private final String beginStatement;
    private final boolean readOnly;
    private final boolean created;

    private SqliteStorage(Path file, Connection connection, boolean readOnly, boolean created) {
        this.file = file;
        this.created = created;
        this.connection = connection;
        this.readOnly = readOnly;
        this.beginStatement = readOnly ? "BEGIN" : "BEGIN IMMEDIATE";
        this.repositories = new JooqRepositories(new ConnectionAndJooq(connection, this::jooq));
    }

    /**
     * Opens (creating if needed) and migrates the database in {@code file}. A file that already
     * has every bundled migration is not handed to Flyway (see {@link SchemaCheck}).
     */
    public static SqliteStorage open(Path file) {
        return open(file, true);
    }

    /**
     * Opens the database in {@code file}; a missing file is created only when {@code create} is
     * set. A file that cannot be used (a folder, not an SQLite file, cut off, another program's
     * database, one from a newer version of the app) is refused with a {@link StorageException}
     * and left exactly as it was. An older database is backed up before it is migrated. A file
     * this user may only read is opened read-only: reads work, changes are refused.
     */
    public static SqliteStorage open(Path file, boolean create) {
        SqliteNativeLibrary.useCachedCopy();
        DatabaseFile.Access access = DatabaseFile.check(file, create);
        boolean readOnly = access == DatabaseFile.Access.READ_ONLY;
        SQLiteDataSource dataSource = dataSource(file, readOnly);
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw unusable(file, e);
        }
        try {
            prepare(file, dataSource, connection, readOnly);
            LOG.debug("opened {}{}", file, readOnly ? " read-only" : "");
            return new SqliteStorage(file, connection, readOnly, access == DatabaseFile.Access.NEW);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw unusable(file, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** Checks what the file holds before anything writes to it, then sets the journal up and migrates. */
    private static void prepare(Path file, SQLiteDataSource dataSource, Connection connection, boolean readOnly)
            throws SQLException {
        SchemaCheck.Kind kind = SchemaCheck.kind(connection);
        switch (kind) {
            case FOREIGN -> throw new StorageException(file + " is an SQLite database, but not a Mentor Planner one. "
                    + "Nothing in it was changed. Pick another file, or create a new database.", null);
            case NEWER -> throw new StorageException("The database " + file + " was made by a newer version of Mentor Planner "
                    + "(schema version " + SchemaCheck.newestApplied(connection).orElse("?") + "; this version knows up to "
                    + SchemaCheck.newestBundled() + "). Nothing in it was changed. Open it with the newer version, "
                    + "or pick another file.", null);
            default -> { }
        }
        boolean current = kind == SchemaCheck.Kind.OURS && SchemaCheck.isCurrent(connection);
        if (readOnly) {
            if (!current) {
                throw new StorageException("The database " + file + " is read-only and must be updated for this version "
                        + "of Mentor Planner first. Nothing in it was changed. Make the file and its folder writable, "
                        + "or pick another file.", null);
            }
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
        }
        // Flyway only when the file lacks a bundled migration (or is new): its start-up is slow.
        if (!current) {
            if (kind == SchemaCheck.Kind.OURS) {
                Path backup = DatabaseBackups.beforeMigration(file, SchemaCheck.newestApplied(connection).orElse("0"));
                DatabaseBackups.copy(connection, backup);
                LOG.info("backed {} up to {} before updating it", file, backup);
            }
            migrate(dataSource, file);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("closing a database that could not be used failed", e);
        }
    }

    /** A file SQLite refused to open or read, in words. */
    private static StorageException unusable(Path file, SQLException e) {
        String message = switch (primaryCode(e)) {
            case SQLITE_CORRUPT, SQLITE_NOTADB -> "The database " + file + " is damaged and cannot be read. Nothing in it was changed. "
                    + "Restore a backup, or pick another file.";
            case SQLITE_BUSY, SQLITE_LOCKED -> "The database " + file + " is locked by another program. Close it there and try again.";
            case SQLITE_READONLY, SQLITE_CANTOPEN -> "The database " + file + " cannot be opened: the file or its folder is read-only or "
                    + "cannot be written (" + e.getMessage() + "). Check the permissions, or pick another file.";
            case SQLITE_FULL -> "The disk is full: the database " + file + " cannot be opened. Free some space and try again.";
            default -> "Cannot open the database " + file + ": " + e.getMessage() + ". Pick another file.";
        };
        return new StorageException(message, e);
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    @Override
    public Path databaseFile() {
        return file;
    }

    @Override
    public Path backupFolder() {
        return DatabaseBackups.folder(file);
    }

    @Override
    public boolean createdNow() {
        return created;
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public synchronized void copyTo(Path target) {
        requireNoTransaction();
        DatabaseBackups.copy(connection, target);
    }

    @Override
    public synchronized void restoreFrom(Path backup) {
        requireNoTransaction();
        if (readOnly) {
            throw new StorageException("The database " + file + " is read-only: a backup cannot be restored into it. "
                    + "Check the permissions of the file and its folder.", null);
        }
        checkBackup(backup);
        Path safety = DatabaseBackups.beforeRestore(file);
        DatabaseBackups.copy(connection, safety);
        try (Statement statement = connection.createStatement()) {
            String path = backup.toAbsolutePath().toString();
            statement.executeUpdate("restore from " + (path.contains("'") ? '"' + path + '"' : "'" + path + "'"));
            if (!SchemaCheck.isCurrent(connection)) {
                migrate(dataSource(file, false), file);
            }
        } catch (SQLException e) {
            throw translate(e);
        }
        LOG.info("restored {} from {}; its content before is in {}", file, backup, safety);
    }

    /** Refuses a backup file that this version cannot open, with the message opening it would give. */
    private static void checkBackup(Path backup) {
        DatabaseFile.Access access = DatabaseFile.check(backup, false);
        try {
            if (access == DatabaseFile.Access.NEW || Files.size(backup) == 0) {
                throw new StorageException(backup + " is empty: it is not a backup of a Mentor Planner database.", null);
            }
        } catch (IOException e) {
            throw new StorageException("The backup " + backup + " cannot be read: " + DatabaseFile.reason(e) + ".", e);
        }
        SQLiteDataSource probe = dataSource(backup, true);
        try (Connection connection = probe.getConnection()) {
            SchemaCheck.Kind kind = SchemaCheck.kind(connection);
            switch (kind) {
                case OURS -> { }
                case NEWER -> throw new StorageException("The backup " + backup + " was made by a newer version of Mentor Planner "
                        + "(schema version " + SchemaCheck.newestApplied(connection).orElse("?") + "). Restore it with that version.", null);
                default -> throw new StorageException(backup + " is not a backup of a Mentor Planner database. Pick another file.", null);
            }
        } catch (SQLException e) {
            throw unusable(backup, e);
        }
    }

    private void requireNoTransaction() {
        if (depth > 0) {
            throw new IllegalStateException("a copy of the database cannot be taken inside a transaction");
        }
    }

    /**
     * {@inheritDoc}
     * <p>Called again from inside {@code work} (a service using another service), the inner work
     * joins the running transaction through a savepoint, so the outer one stays all or nothing.
     */
    @Override
    public synchronized <T> T transact(Function<Repositories, T> work) {
        boolean outermost = depth == 0;
        String savepoint = outermost ? null : "nested_" + depth;
        try {
            // A writer from the start (BEGIN IMMEDIATE): a transaction that reads first and writes
            // later would get SQLITE_BUSY_SNAPSHOT when another process committed in between,
            // which no busy timeout helps; taking the write lock up front makes it wait its turn.
            execute(outermost ? beginStatement : "SAVEPOINT " + savepoint);
        } catch (SQLException e) {
            throw translate(e);
        }
        depth++;
        try {
            T result = work.apply(repositories);
            execute(outermost ? "COMMIT" : "RELEASE " + savepoint);
            return result;
        } catch (SQLException e) {
            rollBack(savepoint, e);
            throw translate(e);
        } catch (RuntimeException | Error e) {
            rollBack(savepoint, e);
            SQLException cause = sqlCause(e);
            if (cause != null) {
                throw translate(cause);
            }
            throw e;
        } finally {
            depth--;
        }
    }

    /** Runs one statement of transaction control on the connection. */
    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * SQLite's {@code PRAGMA data_version}: a number that changes whenever another connection
     * (another program) commits to the file, and not for this storage's own commits. Polled off
     * the FX thread to show other writers' changes.
     */
    public synchronized long dataVersion() {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA data_version")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /**
     * Sets jOOQ up and runs one query through it, so that the first change a user makes does
     * not wait for jOOQ's start-up (about half a second of class loading). The app calls this
     * on the database thread once the first week is on screen.
     */
    public void warmUp() {
        transact(repos -> repos.sessions().count());
    }

    /** Whether jOOQ has been set up on this storage yet (tests check the planner opens without it). */
    synchronized boolean jooqStarted() {
        return jooq != null;
    }

    /** jOOQ on this connection; repositories ask for it inside a transaction only. */
    private DSLContext jooq() {
        assert Thread.holdsLock(this);
        if (jooq == null) {
            jooq = DSL.using(connection, SQLDialect.SQLITE, new Settings().withExecuteLogging(false).withRenderSchema(false));
        }
        return jooq;
    }

    private void rollBack(String savepoint, Throwable failure) {
        try {
            if (savepoint == null) {
                execute("ROLLBACK");
            } else {
                execute("ROLLBACK TO " + savepoint);
                execute("RELEASE " + savepoint);
            }
        } catch (SQLException e) {
            // SQLite ends a transaction by itself after some failures (a full disk, an I/O error).
            if (!String.valueOf(e.getMessage()).contains("no transaction is active")) {
                failure.addSuppressed(e);
            }
        }
    }

    /** The first {@link SQLException} in {@code failure}'s causes, or {@code null}. */
    private static SQLException sqlCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing {} failed", file, e);
        }
    }

    private static SQLiteDataSource dataSource(Path file, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        if (readOnly) {
            config.setReadOnly(true);
            config.setOpenMode(SQLiteOpenMode.OPEN_URI);
            // Without a log to read, the file is opened as immutable: SQLite then makes no -wal and
            // -shm files, which in a read-only folder it could not, and beside a read-only file
            // would leave behind read-only.
            url = "jdbc:sqlite:" + file.toAbsolutePath().toUri() + (DatabaseFile.hasLog(file) ? "?mode=ro" : "?immutable=1");
        }
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(url);
        return dataSource;
    }

    private static void migrate(SQLiteDataSource dataSource, Path file) {
        try {
            Flyway.configure()
                  .dataSource(dataSource)
                  .locations("classpath:db/migration")
                  .load()
                  .migrate();
        } catch (FlywayException e) {
            throw new StorageException("The database " + file + " cannot be prepared: " + e.getMessage()
                    + ". It may be damaged or from a newer version of Mentor Planner.", e);
        }
    }

    /**
     * Turns a driver failure into a message that says what happened and what to do, by the
     * driver's primary result code: a broken constraint is refused input (nothing was saved, the
     * caller's data is at fault), everything else a storage failure. Callers throw what it returns.
     */
    private RuntimeException translate(SQLException sql) {
        return switch (primaryCode(sql)) {
            case SQLITE_CONSTRAINT -> new InvalidInputException("That change breaks a rule of the database ("
                    + sql.getMessage() + ").");
            case SQLITE_BUSY, SQLITE_LOCKED -> notSaved("The database " + file
                    + " is locked by another program. Close it there and try again.", sql);
            case SQLITE_FULL -> notSaved("The disk is full: free some space and try again.", sql);
            case SQLITE_READONLY -> notSaved("The database " + file + " is read-only (the file or its folder may not be "
                    + "written): check the permissions, or pick another file.", sql);
            case SQLITE_CORRUPT, SQLITE_NOTADB -> notSaved("The database " + file + " is damaged: restore it from a backup.", sql);
            default -> notSaved("The database failed: " + sql.getMessage(), sql);
        };
    }

    /**
     * The driver's primary result code of a failure ({@code SQLITE_BUSY} for
     * {@code SQLITE_BUSY_SNAPSHOT}: an extended code keeps its primary one in the low byte), or
     * {@code UNKNOWN_ERROR} for a failure that did not come from SQLite.
     */
    static SQLiteErrorCode primaryCode(SQLException failure) {
        return failure instanceof SQLiteException sqlite
                ? SQLiteErrorCode.getErrorCode(sqlite.getResultCode().code & 0xff) : SQLiteErrorCode.UNKNOWN_ERROR;
    }

    private static StorageException notSaved(String message, SQLException cause) {
        return new StorageException(message + " Nothing of this change was saved.", cause);
    }
}

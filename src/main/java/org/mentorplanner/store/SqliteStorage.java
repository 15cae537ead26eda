package org.mentorplanner.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
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
import org.mentorplanner.service.port.Repositories;
import org.mentorplanner.service.port.Storage;
import org.mentorplanner.service.port.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The SQLite file behind the app: opened once, migrated by Flyway, written through one
 * connection. SQLite has one writer, so transactions are serialised here.
 *
 * <p>Transactions are plain JDBC (a savepoint for nested work), and jOOQ is set up only when
 * a repository first builds a query with it: the reads the planner needs to open are plain SQL,
 * so the first painted week does not wait for jOOQ's start-up (ADR 0012). {@link #warmUp()}
 * sets jOOQ up ahead of the first write.
 */
public final class SqliteStorage implements Storage, AutoCloseable {

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
    private final String beginStatement = "BEGIN IMMEDIATE";

    private SqliteStorage(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.repositories = new JooqRepositories(new Database(connection, this::jooq));
    }

    /**
     * Opens (creating if needed) and migrates the database in {@code file}. A file that already
     * has every bundled migration is not handed to Flyway (see {@link SchemaCheck}).
     */
    public static SqliteStorage open(Path file) {
        SqliteNativeLibrary.useCachedCopy();
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            SQLiteDataSource dataSource = dataSource(file);
            Connection connection = dataSource.getConnection();
            // Flyway only when the file lacks a bundled migration (or is new): its start-up is slow.
            try {
                if (!SchemaCheck.isCurrent(connection)) {
                    migrate(dataSource, file);
                }
            } catch (RuntimeException e) {
                connection.close();
                throw e;
            }
            LOG.debug("opened {}", file);
            return new SqliteStorage(file, connection);
        } catch (SQLException | java.io.IOException e) {
            throw new StorageException("Cannot open the database " + file + ": " + e.getMessage()
                    + ". Check that the folder exists and is writable, or pick another file with --db.", e);
        }
    }

    /** The database file. */
    public Path file() {
        return file;
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

    private static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
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

    /** Turns a driver failure into a message that says what happened and what to do. */
    private StorageException translate(SQLException sql) {
        if (sql instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            String message = switch (code.code & 0xff) {
                case 5, 6 -> "The database " + file + " is locked by another program. Close it there and try again.";
                case 13 -> "The disk is full: free some space and try again.";
                case 8 -> "The database " + file + " is read-only: check the file's permissions.";
                case 11, 26 -> "The database " + file + " is damaged: restore it from a backup.";
                case 19 -> "That change breaks a rule of the database (" + sqlite.getMessage() + ").";
                default -> "The database failed: " + sqlite.getMessage();
            };
            if ((code.code & 0xff) == 19) {
                throw new InvalidInputException(message);
            }
            return new StorageException(message + " Nothing of this change was saved.", sql);
        }
        return new StorageException("The database failed: " + sql.getMessage() + ". Nothing of this change was saved.", sql);
    }
}

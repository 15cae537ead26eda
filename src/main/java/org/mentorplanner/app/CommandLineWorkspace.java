package org.mentorplanner.app;

import com.google.inject.Binder;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.util.Modules;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mentorplanner.service.BackupService;
import org.mentorplanner.service.BookingTokens;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.Workspace;
import org.mentorplanner.store.SqliteStorage;

/**
 * The workspace of one command-line run (ADR 0041): the services that reading commands such as
 * {@code session list} need are made by hand, and Guice, whose start-up is a good part of such a
 * command's, starts only when a command asks for another service. The services made so far are
 * then handed to Guice, so every service of the run shares the same ones, as with
 * {@link GuiceWorkspace}.
 */
public final class CommandLineWorkspace implements Workspace {

    private final SqliteStorage storage;
    private final Clock clock;
    /** The services made by hand so far, by type; given to Guice when it starts. */
    private final Map<Class<?>, Object> madeByHand = new LinkedHashMap<>();
    private BookingTokens tokens;
    private Injector injector;

    private CommandLineWorkspace(SqliteStorage storage, Clock clock) {
        this.storage = storage;
        this.clock = clock;
    }

    /** Opens the database in {@code file} (as {@link GuiceWorkspace#open} does); the services take the time from {@code clock}. */
    public static CommandLineWorkspace open(Path file, Clock clock) {
        return new CommandLineWorkspace(SqliteStorage.open(file), clock);
    }

    @Override
    public synchronized <T> T service(Class<T> type) {
        if (injector == null) {
            Object service = madeByHand.get(type);
            if (service == null) {
                service = byHand(type);
            }
            if (service != null) {
                madeByHand.put(type, service);
                return type.cast(service);
            }
        }
        return injector().getInstance(type);
    }

    /** The service made without Guice, or {@code null} for a type only Guice makes. */
    private Object byHand(Class<?> type) {
        if (type == SessionService.class) {
            return new SessionService(storage, clock, tokens());
        }
        if (type == DirectoryService.class) {
            return new DirectoryService(storage);
        }
        if (type == BackupService.class) {
            return new BackupService(storage, clock);
        }
        return null;
    }

    private BookingTokens tokens() {
        if (tokens == null) {
            tokens = new BookingTokens();
        }
        return tokens;
    }

    /** Guice on the same store and clock as {@link GuiceWorkspace}, with the services made by hand so far. */
    private Injector injector() {
        if (injector == null) {
            Module handMade = binder -> {
                madeByHand.forEach((type, service) -> bind(binder, type, service));
                if (tokens != null) {
                    binder.bind(BookingTokens.class).toInstance(tokens);
                }
            };
            injector = Guice.createInjector(Modules.override(new StoreModule(storage, clock)).with(handMade), new SyncModule());
        }
        return injector;
    }

    private static <T> void bind(Binder binder, Class<T> type, Object service) {
        binder.bind(type).toInstance(type.cast(service));
    }

    /** Whether Guice has started in this run (tests check that reading commands do without it). */
    synchronized boolean guiceStarted() {
        return injector != null;
    }

    @Override
    public Path databaseFile() {
        return storage.file();
    }

    @Override
    public void close() {
        storage.close();
    }
}

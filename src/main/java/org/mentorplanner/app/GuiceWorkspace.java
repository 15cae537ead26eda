package org.mentorplanner.app;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.mentorplanner.service.Workspace;
import org.mentorplanner.store.SqliteStorage;

/** A workspace wired by Guice: one SQLite file and the services on it. */
public final class GuiceWorkspace implements Workspace {

    private final SqliteStorage storage;
    private final Injector injector;

    private GuiceWorkspace(SqliteStorage storage, Injector injector) {
        this.storage = storage;
        this.injector = injector;
    }

    /**
     * Opens the database in {@code file}; the services take the time from {@code clock} (the
     * app passes the computer's, tests one they set).
     */
    public static GuiceWorkspace open(Path file, Clock clock, Module... extraModules) {
        SqliteStorage storage = SqliteStorage.open(file);
        List<Module> modules = new ArrayList<>();
        modules.add(new StoreModule(storage, clock));
        modules.add(new SyncModule());
        modules.addAll(List.of(extraModules));
        return new GuiceWorkspace(storage, Guice.createInjector(modules));
    }

    /** The injector, for the app's own wiring (controller factories). */
    public Injector injector() {
        return injector;
    }

    @Override
    public <T> T service(Class<T> type) {
        return injector.getInstance(type);
    }

    /** Prepares the store for the first change ({@link SqliteStorage#warmUp()}); any thread. */
    public void warmUp() {
        storage.warmUp();
    }

    /** Changes whenever another program commits to the database ({@link SqliteStorage#dataVersion()}). */
    public long dataVersion() {
        return storage.dataVersion();
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

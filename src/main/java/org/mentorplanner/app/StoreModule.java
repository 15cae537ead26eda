package org.mentorplanner.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.mentorplanner.service.BookingTokens;
import org.mentorplanner.service.port.DatabaseCopies;
import org.mentorplanner.service.port.Storage;
import org.mentorplanner.store.SqliteStorage;

/** Binds the store (one open SQLite file) and the things services need from outside: time and randomness. */
public final class StoreModule extends AbstractModule {

    private final SqliteStorage storage;
    private final Clock clock;

    public StoreModule(SqliteStorage storage, Clock clock) {
        this.storage = storage;
        this.clock = clock;
    }

    @Override
    protected void configure() {
        bind(Storage.class).toInstance(storage);
        bind(SqliteStorage.class).toInstance(storage);
        bind(DatabaseCopies.class).toInstance(storage);
        bind(Clock.class).toInstance(clock);
    }

    @Provides
    @Singleton
    BookingTokens bookingTokens() {
        return new BookingTokens();
    }
}

package org.mentorplanner.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Gives each test a fresh {@link StoreFixture} on a file in its own temporary folder. */
abstract class StoreTestBase {

    @TempDir
    Path folder;

    StoreFixture db;

    @BeforeEach
    void openStore() {
        db = new StoreFixture(folder);
    }

    @AfterEach
    void closeStore() {
        db.close();
    }
}

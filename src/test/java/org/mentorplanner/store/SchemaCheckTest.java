package org.mentorplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When opening may skip Flyway: only for a file that has every bundled migration, all successful. */
class SchemaCheckTest {

    @TempDir
    Path folder;

    @Test
    void bundledMigrationsAreListedByFileName() {
        assertThat(SchemaCheck.bundledScripts()).hasValueSatisfying(scripts ->
                assertThat(scripts).contains("V1__initial_schema.sql", "V2__caldav_sync.sql").allMatch(name -> name.startsWith("V")));
    }

    @Test
    void aMigratedDatabaseIsCurrent() throws SQLException {
        try (Connection connection = connect(migratedFile())) {
            assertThat(SchemaCheck.isCurrent(connection)).isTrue();
        }
    }

    @Test
    void aNewFileIsNotCurrent() throws SQLException {
        try (Connection connection = connect(folder.resolve("new.db"))) {
            assertThat(SchemaCheck.isCurrent(connection)).isFalse();
        }
    }

    @Test
    void aFailedOrMissingMigrationLeavesTheDecisionToFlyway() throws SQLException {
        Path file = migratedFile();
        changeHistory(file, "update flyway_schema_history set success = 0");
        try (Connection connection = connect(file)) {
            assertThat(SchemaCheck.isCurrent(connection)).isFalse();
        }
        assertThatThrownBy(() -> SqliteStorage.open(file)).hasMessageContaining("cannot be prepared");

        changeHistory(file, "delete from flyway_schema_history");
        try (Connection connection = connect(file)) {
            assertThat(SchemaCheck.isCurrent(connection)).isFalse();
        }
    }

    @Test
    void aDatabaseWithoutTheLatestMigrationIsNotCurrentAndOpeningItMigratesIt() throws SQLException {
        Path file = folder.resolve("v1.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + file.toAbsolutePath(), null, null)
                                .locations("classpath:db/migration").target("1").load().migrate();
        try (Connection connection = connect(file)) {
            assertThat(SchemaCheck.isCurrent(connection)).isFalse();
        }

        SqliteStorage.open(file).close();

        try (Connection connection = connect(file)) {
            assertThat(SchemaCheck.isCurrent(connection)).isTrue();
        }
    }

    private Path migratedFile() {
        Path file = folder.resolve("planner.db");
        SqliteStorage.open(file).close();
        return file;
    }

    private static void changeHistory(Path file, String sql) throws SQLException {
        try (Connection connection = connect(file); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }
}

package org.mentorplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {

    private static final Path HOME = Path.of("/home/ada");

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertThat(DatabaseLocation.defaultFile("Linux", Map.of("XDG_DATA_HOME", "/data/ada"), HOME))
                .isEqualTo(Path.of("/data/ada/mentor-planner/planner.db"));
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgDataHomeIsUnset() {
        assertThat(DatabaseLocation.defaultFile("Linux", Map.of(), HOME))
                .isEqualTo(Path.of("/home/ada/.local/share/mentor-planner/planner.db"));
    }

    @Test
    void linuxIgnoresEmptyOrRelativeXdgDataHome() {
        // The XDG base directory spec: relative paths are invalid and must be ignored.
        assertThat(DatabaseLocation.defaultFile("Linux", Map.of("XDG_DATA_HOME", " "), HOME))
                .isEqualTo(Path.of("/home/ada/.local/share/mentor-planner/planner.db"));
        assertThat(DatabaseLocation.defaultFile("Linux", Map.of("XDG_DATA_HOME", "data"), HOME))
                .isEqualTo(Path.of("/home/ada/.local/share/mentor-planner/planner.db"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(DatabaseLocation.defaultFile("Mac OS X", Map.of("XDG_DATA_HOME", "/data/ada"), HOME))
                .isEqualTo(Path.of("/home/ada/Library/Application Support/Mentor Planner/planner.db"));
    }

    @Test
    void windowsUsesAppData() {
        Path file = DatabaseLocation.defaultFile("Windows 11", Map.of("APPDATA", "/users/ada/AppData/Roaming"), HOME);

        assertThat(file).isEqualTo(Path.of("/users/ada/AppData/Roaming/Mentor Planner/planner.db"));
    }

    @Test
    void windowsWithoutAppDataUsesRoamingUnderHome() {
        assertThat(DatabaseLocation.defaultFile("Windows 10", Map.of(), HOME))
                .isEqualTo(Path.of("/home/ada/AppData/Roaming/Mentor Planner/planner.db"));
    }

    @Test
    void logsGoIntoTheStateFolderByPlatform() {
        assertThat(DatabaseLocation.logFolder("Linux", Map.of("XDG_STATE_HOME", "/state/ada"), HOME))
                .isEqualTo(Path.of("/state/ada/mentor-planner"));
        assertThat(DatabaseLocation.logFolder("Linux", Map.of(), HOME)).isEqualTo(Path.of("/home/ada/.local/state/mentor-planner"));
        assertThat(DatabaseLocation.logFolder("Mac OS X", Map.of(), HOME)).isEqualTo(Path.of("/home/ada/Library/Logs/Mentor Planner"));
        assertThat(DatabaseLocation.logFolder("Windows 11", Map.of("LOCALAPPDATA", "/users/ada/AppData/Local"), HOME))
                .isEqualTo(Path.of("/users/ada/AppData/Local/Mentor Planner/Logs"));
    }

    @Test
    void defaultFileIsNamedPlannerDb() {
        assertThat(DatabaseLocation.defaultFile().getFileName().toString()).isEqualTo("planner.db");
    }
}

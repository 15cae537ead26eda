package org.mentorplanner.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the embedded default database lives: the user's data folder, by platform convention. */
public final class DatabaseLocation {

    static final String FILE_NAME = "planner.db";

    private DatabaseLocation() {
    }

    /** The default database file for this user and platform. */
    public static Path defaultFile() {
        return defaultFile(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path defaultFile(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Mentor Planner").resolve(FILE_NAME);
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Mentor Planner").resolve(FILE_NAME);
        }
        // The XDG spec: unset, empty or relative XDG_DATA_HOME means the default ~/.local/share.
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && xdg.startsWith("/") ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("mentor-planner").resolve(FILE_NAME);
    }
}

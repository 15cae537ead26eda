package org.mentorplanner.store;

import java.nio.file.Path;
import java.util.Map;

/** Where the embedded default database lives (the user's data folder) and the logs go, by platform convention. */
public final class DatabaseLocation {

    static final String FILE_NAME = "planner.db";

    private DatabaseLocation() {
    }

    /** The default database file for this user and platform. */
    public static Path defaultFile() {
        return defaultFile(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** Where this user's logs go on this platform ({@code $XDG_STATE_HOME/mentor-planner/} on Linux). */
    public static Path logFolder() {
        return logFolder(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path logFolder(String osName, Map<String, String> env, Path home) {
        return UserFolders.logs(osName, env, home);
    }

    static Path defaultFile(String osName, Map<String, String> env, Path home) {
        return UserFolders.data(osName, env, home).resolve(FILE_NAME);
    }
}

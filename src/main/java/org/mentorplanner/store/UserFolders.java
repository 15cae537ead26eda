package org.mentorplanner.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The app's folders in the user's home, by platform convention: where the default database
 * lives (data), what can be rebuilt at any time (cache) and the logs (state).
 */
final class UserFolders {

    private UserFolders() {
    }

    /** The app's data folder: {@code %APPDATA%}, {@code ~/Library/Application Support}, {@code $XDG_DATA_HOME}. */
    static Path data(String osName, Map<String, String> env, Path home) {
        return resolve(osName, env, home, "APPDATA", Path.of("AppData", "Roaming"), Path.of("Mentor Planner"),
                "Application Support", "XDG_DATA_HOME", Path.of(".local", "share"));
    }

    /** The app's cache folder: {@code %LOCALAPPDATA%\Mentor Planner\Cache}, {@code ~/Library/Caches}, {@code $XDG_CACHE_HOME}. */
    static Path cache(String osName, Map<String, String> env, Path home) {
        return resolve(osName, env, home, "LOCALAPPDATA", Path.of("AppData", "Local"), Path.of("Mentor Planner", "Cache"),
                "Caches", "XDG_CACHE_HOME", Path.of(".cache"));
    }

    /** The app's log folder: {@code %LOCALAPPDATA%\\Mentor Planner\\Logs}, {@code ~/Library/Logs}, {@code $XDG_STATE_HOME}. */
    static Path logs(String osName, Map<String, String> env, Path home) {
        return resolve(osName, env, home, "LOCALAPPDATA", Path.of("AppData", "Local"), Path.of("Mentor Planner", "Logs"),
                "Logs", "XDG_STATE_HOME", Path.of(".local", "state"));
    }

    private static Path resolve(String osName, Map<String, String> env, Path home, String windowsVariable,
                                Path windowsDefault, Path windowsFolder, String macLibraryFolder,
                                String xdgVariable, Path xdgDefault) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String base = env.get(windowsVariable);
            return (base != null && !base.isBlank() ? Path.of(base) : home.resolve(windowsDefault)).resolve(windowsFolder);
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve(macLibraryFolder).resolve("Mentor Planner");
        }
        // The XDG spec: an unset, empty or relative variable means the default folder.
        String xdg = env.get(xdgVariable);
        return (xdg != null && !xdg.isBlank() && xdg.startsWith("/") ? Path.of(xdg) : home.resolve(xdgDefault))
                .resolve("mentor-planner");
    }
}

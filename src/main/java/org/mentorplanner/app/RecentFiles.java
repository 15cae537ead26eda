package org.mentorplanner.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The database files opened last, newest first, kept in the user's preferences. */
final class RecentFiles {

    static final int KEPT = 8;

    private final Preferences node;

    RecentFiles(Preferences node) {
        this.node = node;
    }

    /** The recent files, newest first. */
    List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < KEPT; i++) {
            String value = node.get(String.valueOf(i), null);
            if (value != null && !value.isBlank()) {
                files.add(Path.of(value));
            }
        }
        return files;
    }

    /** Puts {@code file} first. */
    void opened(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(list());
        files.remove(absolute);
        files.addFirst(absolute);
        for (int i = 0; i < KEPT; i++) {
            if (i < files.size()) {
                node.put(String.valueOf(i), files.get(i).toString());
            } else {
                node.remove(String.valueOf(i));
            }
        }
    }
}

package org.mentorplanner.ui.export;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a typed folder can take an export: a full path to a folder we may write into, or
 * to one that can be created. Only a quick look at the file system; the export itself still
 * reports anything that goes wrong while writing.
 */
final class FolderCheck {

    /**
     * @param folder  the folder, when the text is usable
     * @param problem what is wrong, when it is not
     * @param hint    a note for a usable folder ("will be created"), or empty
     */
    record Result(Optional<Path> folder, Optional<String> problem, String hint) {
    }

    private FolderCheck() {
    }

    static Result of(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return problem("Choose a folder to export into.");
        }
        Path path;
        try {
            path = Path.of(typed);
        } catch (InvalidPathException e) {
            return problem("'" + typed + "' is not a folder path: " + e.getReason() + ".");
        }
        if (!path.isAbsolute()) {
            return problem("Give the folder's full path, like " + Path.of(System.getProperty("user.home"), "booking-links")
                    + ", or choose it with Choose….");
        }
        path = path.normalize();
        if (Files.exists(path)) {
            if (!Files.isDirectory(path)) {
                return problem(path + " is a file, not a folder: choose a folder.");
            }
            if (!Files.isWritable(path)) {
                return problem("You may not write into " + path + ": choose another folder.");
            }
            return new Result(Optional.of(path), Optional.empty(), "");
        }
        Path existing = path.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            return problem(path + " does not exist and cannot be created"
                    + (existing == null ? "." : ": you may not write into " + existing + "."));
        }
        return new Result(Optional.of(path), Optional.empty(), "The folder will be created.");
    }

    private static Result problem(String message) {
        return new Result(Optional.empty(), Optional.of(message), "");
    }
}

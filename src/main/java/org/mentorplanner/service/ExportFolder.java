package org.mentorplanner.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mentorplanner.domain.InvalidInputException;

/**
 * Writes an export into a folder so that exporting again updates it in place: changed files are
 * replaced, unchanged ones left alone, and files of the previous export that are no longer part
 * of it are removed. Only files listed in the folder's manifest ({@value #MANIFEST}) are ever
 * replaced or removed, so the exporter never touches a file it did not write. Every file, the
 * manifest included, is written to a temporary file and moved into place atomically, so a
 * reader (a web server, a calendar subscription) never sees half a file. An export that stops
 * half-way leaves whole files and a manifest that still lists every file it may have written.
 */
public final class ExportFolder {

    /** Lists the files the last export wrote, one name a line. */
    public static final String MANIFEST = ".mentor-planner-export";
    private static final String MANIFEST_HEADER = "# Files written by Mentor Planner's export; it replaces and removes only these.";

    private final Path folder;

    public ExportFolder(Path folder) {
        this.folder = folder;
    }

    /** Where this write stages its files; made on first use. */
    private Path staging;

    /** Counts of one write. */
    public record Outcome(int written, int unchanged, int removed) {
    }

    /**
     * Makes the folder hold exactly {@code files} of this export.
     *
     * @throws InvalidInputException when the folder cannot be used or a file of somebody else would be overwritten
     */
    public Outcome write(List<ExportFile> files, WorkProgress progress) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new InvalidInputException(folder + " is a file, not a folder: choose a folder to export into.");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot create the folder " + folder + ": " + reason(e));
        }
        Set<String> owned = readManifest();
        Set<String> names = new LinkedHashSet<>();
        for (ExportFile file : files) {
            if (!names.add(file.name())) {
                throw new IllegalArgumentException("two files named " + file.name());
            }
            if (!owned.contains(file.name()) && Files.exists(folder.resolve(file.name()))) {
                throw new InvalidInputException(folder.resolve(file.name()) + " already exists and was not written by an "
                        + "earlier export: choose an empty folder, or move that file away.");
            }
        }
        int written = 0;
        int unchanged = 0;
        int done = 0;
        try {
            // Claim the new files before writing them: if the export stops half-way (a failure, or
            // a progress callback that cancels), the next export still knows they are its own.
            Set<String> claimed = new LinkedHashSet<>(owned);
            claimed.addAll(names);
            if (!claimed.equals(owned)) {
                writeAtomically(folder.resolve(MANIFEST), manifest(claimed));
            }
            for (ExportFile file : files) {
                Path target = folder.resolve(file.name());
                if (sameContent(target, file.content())) {
                    unchanged++;
                } else {
                    writeAtomically(target, file.content());
                    written++;
                }
                progress.update("Writing files", ++done, files.size());
            }
            int removed = 0;
            for (String stale : owned) {
                if (!names.contains(stale) && Files.deleteIfExists(folder.resolve(stale))) {
                    removed++;
                }
            }
            writeAtomically(folder.resolve(MANIFEST), manifest(names));
            return new Outcome(written, unchanged, removed);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot write the export into " + folder + ": " + reason(e));
        } finally {
            removeStaging();
        }
    }

    private Set<String> readManifest() {
        Path manifest = folder.resolve(MANIFEST);
        Set<String> owned = new LinkedHashSet<>();
        try {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                String name = line.strip();
                // Only plain names in this folder: a hand-edited manifest cannot make us delete elsewhere.
                if (!name.isEmpty() && !name.startsWith("#") && isPlainName(name)) {
                    owned.add(name);
                }
            }
        } catch (NoSuchFileException e) {
            return owned;
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read " + manifest + ": " + reason(e));
        }
        return owned;
    }

    private static boolean isPlainName(String name) {
        try {
            return !name.equals(MANIFEST) && new ExportFile(name, new byte[0]).name().equals(name);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] manifest(Set<String> names) {
        List<String> lines = new ArrayList<>();
        lines.add(MANIFEST_HEADER);
        lines.addAll(names);
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static boolean sameContent(Path target, byte[] content) throws IOException {
        if (!Files.isRegularFile(target) || Files.size(target) != content.length) {
            return false;
        }
        return Arrays.equals(Files.readAllBytes(target), content);
    }

    /**
     * Where files are written before they are moved into place: a hidden folder beside the export
     * folder (same disk, so the move is atomic), so that the export folder never holds a partly
     * written file, even when the export is killed mid-write; the folder itself when nothing can
     * be made beside it. Left-overs of a killed export are removed.
     */
    private Path staging() throws IOException {
        if (staging == null) {
            Path parent = folder.toAbsolutePath().getParent();
            staging = folder;
            if (parent != null) {
                Path beside = parent.resolve("." + folder.getFileName() + ".export-partial");
                try {
                    Files.createDirectories(beside);
                    try (var stale = Files.list(beside)) {
                        for (Path file : stale.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList()) {
                            Files.deleteIfExists(file);
                        }
                    }
                    staging = beside;
                } catch (IOException e) {
                    staging = folder;
                }
            }
        }
        return staging;
    }

    /** Removes the staging folder once it is empty again. */
    private void removeStaging() {
        if (staging != null && !staging.equals(folder)) {
            try {
                Files.deleteIfExists(staging);
            } catch (IOException e) {
                // not empty (another export writing) or not ours to remove: it stays hidden
            }
        }
        staging = null;
    }

    private void writeAtomically(Path target, byte[] content) throws IOException {
        Path temp = newTemporaryFile(target);
        try {
            Files.write(temp, content);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A new empty file beside {@code target}, with the permissions any new file of the user gets
     * (their umask). Not {@link Files#createTempFile}: it makes files only the owner may read
     * ({@code rw-------}), which a web server serving an exported booking site cannot read.
     */
    private Path newTemporaryFile(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = staging().resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
    }

    /** What went wrong in words: the file system's messages are often just a path. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "permission denied for " + denied.getFile();
        }
        if (e instanceof FileSystemException failed && failed.getReason() != null) {
            return failed.getReason() + (failed.getFile() == null ? "" : " (" + failed.getFile() + ")");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

package org.mentorplanner.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.mentorplanner.service.port.StorageException;

/**
 * What a database file is before SQLite touches it: missing, a folder, not an SQLite file, cut
 * off, read-only, or fine. Files that cannot be used are refused here with a message that says
 * what is wrong and what to do, and without a byte of them changed.
 */
final class DatabaseFile {

    /** How the file can be opened. */
    enum Access {
        /** No file yet: it will be created. */
        NEW,
        /** An existing file in a folder where SQLite may write its journal. */
        READ_WRITE,
        /** An existing file that this user may read but not change (the file or its folder is read-only). */
        READ_ONLY
    }

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_LENGTH = 100;

    private DatabaseFile() {
    }

    /**
     * Checks {@code file} and says how it can be opened; when it does not exist and
     * {@code create} is set, makes its folder. Refuses a file that cannot be used.
     */
    static Access check(Path file, boolean create) {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw refused(absolute + " is a folder, not a database file. Pick a file in it or another file.");
        }
        if (!Files.exists(absolute)) {
            if (!create) {
                throw refused("The database " + absolute + " does not exist. Check the path, or pick another file.");
            }
            makeFolder(folder);
            if (!Files.isWritable(folder)) {
                throw refused("Cannot create the database " + absolute + ": the folder " + folder
                        + " is read-only. Pick a file in a folder you may write to.");
            }
            return Access.NEW;
        }
        if (!Files.isReadable(absolute)) {
            throw refused("The database " + absolute + " cannot be read: this user may not read the file. "
                    + "Check its permissions, or pick another file.");
        }
        checkContent(absolute);
        boolean writable = Files.isWritable(absolute) && folder != null && Files.isWritable(folder);
        return writable ? Access.READ_WRITE : Access.READ_ONLY;
    }

    /** An empty file is a new database; anything else must be an SQLite file as long as its header says. */
    private static void checkContent(Path file) {
        long size;
        byte[] header = new byte[HEADER_LENGTH];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            // The header before the size, and the log after both: another program's checkpoint writes
            // the header's new page count first and removes its log only once the file has grown, so
            // a size read before the header could be older than the count and the log already gone.
            read = in.readNBytes(header, 0, HEADER_LENGTH);
            size = Files.size(file);
        } catch (IOException e) {
            throw new StorageException("The database " + file + " cannot be read: " + reason(e)
                    + ". Check the file, or pick another one.", e);
        }
        if (size == 0) {
            return;
        }
        if (read < HEADER_LENGTH || !Arrays.equals(header, 0, SQLITE_HEADER.length, SQLITE_HEADER, 0, SQLITE_HEADER.length)) {
            throw refused(file + " is not a Mentor Planner database (not an SQLite file at all). "
                    + "Nothing in it was changed. Pick another file, or create a new database.");
        }
        ByteBuffer bytes = ByteBuffer.wrap(header);
        int pageSize = Short.toUnsignedInt(bytes.getShort(16));
        long pageSizeBytes = pageSize == 1 ? 65_536 : pageSize;
        long pages = Integer.toUnsignedLong(bytes.getInt(28));
        boolean pagesValid = bytes.getInt(24) == bytes.getInt(92) && pages > 0;
        // The page count in the header is only trusted when SQLite itself marked it current, and
        // a write-ahead log beside the file may hold pages that are not in it yet.
        if (pagesValid && !hasLog(file) && size < pages * pageSizeBytes) {
            throw refused("The database " + file + " is damaged: the file is shorter than it should be ("
                    + size + " of " + pages * pageSizeBytes + " bytes; perhaps a copy did not finish). "
                    + "Nothing in it was changed. Restore a backup, or pick another file.");
        }
    }

    /** Whether a non-empty write-ahead log lies beside the file. */
    static boolean hasLog(Path file) {
        Path log = file.resolveSibling(file.getFileName() + "-wal");
        try {
            return Files.exists(log) && Files.size(log) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    private static void makeFolder(Path folder) {
        if (folder == null || Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StorageException("Cannot create the folder " + folder + " for the database: " + reason(e)
                    + ". Pick a file in a folder that exists or can be made.", e);
        }
    }

    /** Why a file operation failed, in words (the JDK's exceptions often carry only the path). */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied" + where(e);
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return "a file is in the way" + where(e);
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder" + where(e);
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT) + where(e);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String where(IOException e) {
        return e instanceof FileSystemException fs && fs.getFile() != null ? " (" + fs.getFile() + ")" : "";
    }

    private static StorageException refused(String message) {
        return new StorageException(message, null);
    }
}

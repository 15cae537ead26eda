package org.mentorplanner.service;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The mark of the window that has a database file open: an operating-system lock on a small file
 * beside the database ({@code planner.db.lock}). The lock goes away with the process, even when it
 * is killed, so a crash never leaves a file marked as open. A second window on the same file, and
 * a restore from the command line, look for it.
 */
public final class WindowLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private WindowLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of {@code database}. */
    public static Path lockFile(Path database) {
        Path absolute = database.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".lock");
    }

    /**
     * Takes the lock for {@code database}, with {@code note} written into the lock file (how to
     * reach the window); empty when a window already holds it. A folder where no lock file can
     * be made (read-only) gives a lock that marks nothing, rather than refusing the window.
     */
    public static Optional<WindowLock> acquire(Path database, String note) {
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile(database), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.of(new WindowLock(null, null));
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(note.getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
            return Optional.of(new WindowLock(channel, lock));
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            return Optional.empty();
        } catch (IOException e) {
            closeQuietly(channel);
            return Optional.of(new WindowLock(null, null));
        }
    }

    /** Whether a window (in this process or another) has {@code database} open. */
    public static boolean isHeld(Path database) {
        Path file = lockFile(database);
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** What the window holding the lock of {@code database} wrote into it, if anything. */
    public static String note(Path database) {
        try {
            return Files.readString(lockFile(database)).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was locked
        }
    }

    @Override
    public void close() {
        if (channel != null) {
            try {
                lock.release();
                channel.close();
            } catch (IOException ignored) {
                // the lock ends with the process anyway
            }
        }
    }
}

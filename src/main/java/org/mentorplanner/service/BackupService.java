package org.mentorplanner.service;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.service.port.DatabaseCopies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the database: on demand, a rolling daily one (the last {@value #DAILY_KEPT} days
 * kept), and restoring one. They go into the {@code backups} folder beside the database, named
 * after it: {@code planner-2026-12-04-153000.db}, {@code planner-daily-2026-12-04.db}.
 */
public final class BackupService {

    /** How many daily backups are kept. */
    public static final int DAILY_KEPT = 7;

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private final DatabaseCopies copies;
    private final Clock clock;

    @Inject
    public BackupService(DatabaseCopies copies, Clock clock) {
        this.copies = copies;
        this.clock = clock;
    }

    /** The database file. */
    public Path databaseFile() {
        return copies.databaseFile();
    }

    /**
     * Whether this user may only read the open file (its permissions, or its folder's): reads
     * work, every change is refused with a message, and no backup is written beside it.
     */
    public boolean readOnly() {
        return copies.readOnly();
    }

    /** The folder the backups go into. */
    public Path folder() {
        return copies.backupFolder();
    }

    /** Backs the database up to {@code target}, or to a new file in the backup folder; returns the file written. */
    public Path backUp(Optional<Path> target) {
        Path file = target.orElseGet(() -> folder().resolve(stem() + "-" + LocalDateTime.now(clock).format(STAMP) + ".db"));
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(file + " is a folder: give the backup's file name, such as "
                    + file.resolve(stem() + "-backup.db") + ".");
        }
        if (file.toAbsolutePath().normalize().equals(copies.databaseFile().toAbsolutePath().normalize())) {
            throw new InvalidInputException("A backup cannot replace the database itself: pick another file.");
        }
        copies.copyTo(file);
        return file;
    }

    /**
     * Makes today's backup unless there is one, and removes daily backups beyond the newest
     * {@value #DAILY_KEPT}; returns the backup made. A read-only database, or one this opening
     * created, gets none; a failure is logged and never stops the work that opened the database.
     */
    public Optional<Path> dailyBackup() {
        if (copies.readOnly() || copies.createdNow()) {
            return Optional.empty();
        }
        Path today = folder().resolve(dailyPrefix() + LocalDate.now(clock) + ".db");
        if (Files.exists(today)) {
            return Optional.empty();
        }
        try {
            copies.copyTo(today);
            prune();
            return Optional.of(today);
        } catch (RuntimeException e) {
            LOG.warn("the daily backup of {} failed: {}", copies.databaseFile(), e.getMessage());
            return Optional.empty();
        }
    }

    /** Every backup of this database in the backup folder, newest first. */
    public List<Path> backups() {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(file -> file.getFileName().toString().startsWith(stem() + "-")
                                        && file.getFileName().toString().endsWith(".db"))
                        .sorted(Comparator.comparing(BackupService::modified).reversed())
                        .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Replaces the database's content with {@code backup} (its content before is kept as a
     * backup first). Refused while a window has the file open, unless {@code fromThatWindow}.
     */
    public void restore(Path backup, boolean fromThatWindow) {
        if (!fromThatWindow && WindowLock.isHeld(copies.databaseFile())) {
            throw new InvalidInputException("The database " + copies.databaseFile() + " is open in the Mentor Planner window: "
                    + "restore it there (Menu → Restore…) or close the window first.");
        }
        if (!Files.isRegularFile(backup)) {
            throw new InvalidInputException("The backup " + backup + " does not exist. Check the path.");
        }
        copies.restoreFrom(backup);
    }

    private void prune() {
        String prefix = dailyPrefix();
        try (Stream<Path> files = Files.list(folder())) {
            List<Path> daily = new ArrayList<>(files.filter(file -> file.getFileName().toString().startsWith(prefix)).sorted().toList());
            // ISO dates in the names sort by age.
            for (int i = 0; i < daily.size() - DAILY_KEPT; i++) {
                Files.deleteIfExists(daily.get(i));
            }
        } catch (IOException e) {
            LOG.warn("removing old daily backups in {} failed: {}", folder(), e.getMessage());
        }
    }

    private String dailyPrefix() {
        return stem() + "-daily-";
    }

    private String stem() {
        String name = copies.databaseFile().getFileName().toString();
        return name.endsWith(".db") && name.length() > 3 ? name.substring(0, name.length() - 3) : name;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}

package org.mentorplanner.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Keeps sqlite-jdbc's native library in the user's cache folder. Left alone, sqlite-jdbc
 * extracts the library (about 1 MB) from the jar into the temp folder at every start and reads
 * it back to compare: about 90 ms of CPU for every start of the app or of a command. With a copy
 * in the cache, a start only checks its size and points the driver at it. Any problem (no such
 * library in the jar, a cache folder that cannot be written) leaves the driver to its own way.
 */
final class SqliteNativeLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteNativeLibrary.class);
    /** sqlite-jdbc loads the library from this folder, under the name below, when both are set. */
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private static boolean settled;

    private SqliteNativeLibrary() {
    }

    /** Points sqlite-jdbc at the cached copy, making it first if needed; once per JVM, before the driver loads. */
    static synchronized void useCachedCopy() {
        if (settled) {
            return;
        }
        settled = true;
        if (System.getProperty(PATH_PROPERTY) != null) {
            return; // set by whoever started us
        }
        cachedCopy(UserFolders.cache(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home"))))
                .ifPresent(library -> {
                    System.setProperty(PATH_PROPERTY, library.getParent().toString());
                    System.setProperty(NAME_PROPERTY, library.getFileName().toString());
                });
    }

    /**
     * The library for this platform under {@code cacheRoot} (in a folder per driver version),
     * written from the jar unless a copy of the right size is there; empty if the jar has none
     * for this platform or it cannot be written.
     */
    static Optional<Path> cachedCopy(Path cacheRoot) {
        String platform = OSInfo.getNativeLibFolderPathForCurrentOS();
        String name = System.mapLibraryName("sqlitejdbc");
        URL resource = SQLiteJDBCLoader.class.getResource("/org/sqlite/native/" + platform + "/" + name);
        if (resource == null) {
            return Optional.empty();
        }
        Path library = cacheRoot.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()).resolve(platform).resolve(name);
        try {
            URLConnection connection = resource.openConnection();
            long size = connection.getContentLengthLong();
            if (size > 0 && Files.isRegularFile(library) && Files.size(library) == size) {
                return Optional.of(library);
            }
            Files.createDirectories(library.getParent());
            // Written beside it and moved in whole, so a second start never loads a half-written file.
            Path partial = Files.createTempFile(library.getParent(), name, ".part");
            try (InputStream in = connection.getInputStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            return Optional.of(library);
        } catch (IOException | RuntimeException e) {
            LOG.debug("no cached copy of the SQLite library in {}; the driver extracts its own", cacheRoot, e);
            return Optional.empty();
        }
    }
}

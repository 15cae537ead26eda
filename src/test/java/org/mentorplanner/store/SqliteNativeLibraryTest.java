package org.mentorplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

class SqliteNativeLibraryTest {

    @TempDir
    Path cache;

    @Test
    void theFirstStartWritesTheJarsLibraryAndLaterStartsReuseIt() throws Exception {
        Path library = SqliteNativeLibrary.cachedCopy(cache).orElseThrow();

        assertThat(library).startsWith(cache).hasFileName(System.mapLibraryName("sqlitejdbc"));
        assertThat(Files.readAllBytes(library)).isEqualTo(jarLibrary());
        try (var files = Files.list(library.getParent())) {
            assertThat(files).as("no half-written file is left").containsExactly(library);
        }

        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(library, written);
        assertThat(SqliteNativeLibrary.cachedCopy(cache)).contains(library);
        assertThat(Files.getLastModifiedTime(library)).as("a good copy is not written again").isEqualTo(written);
    }

    @Test
    void aDamagedCopyIsReplaced() throws Exception {
        Path library = SqliteNativeLibrary.cachedCopy(cache).orElseThrow();
        Files.write(library, new byte[] {1, 2, 3});

        assertThat(SqliteNativeLibrary.cachedCopy(cache)).contains(library);
        assertThat(Files.readAllBytes(library)).isEqualTo(jarLibrary());
    }

    @Test
    void aCacheThatCannotBeWrittenLeavesTheDriverToItsOwnWay() throws Exception {
        Path notAFolder = Files.writeString(cache.resolve("file"), "in the way");

        assertThat(SqliteNativeLibrary.cachedCopy(notAFolder)).isEmpty();
    }

    @Test
    void cacheFolderFollowsEachPlatformsConvention() {
        Path home = Path.of("/home/ada");
        assertThat(UserFolders.cache("Linux", Map.of(), home)).isEqualTo(Path.of("/home/ada/.cache/mentor-planner"));
        assertThat(UserFolders.cache("Linux", Map.of("XDG_CACHE_HOME", "/var/cache/ada"), home))
                .isEqualTo(Path.of("/var/cache/ada/mentor-planner"));
        assertThat(UserFolders.cache("Linux", Map.of("XDG_CACHE_HOME", "relative"), home))
                .isEqualTo(Path.of("/home/ada/.cache/mentor-planner"));
        assertThat(UserFolders.cache("Mac OS X", Map.of(), home))
                .isEqualTo(Path.of("/home/ada/Library/Caches/Mentor Planner"));
        assertThat(UserFolders.cache("Windows 11", Map.of("LOCALAPPDATA", "/c/Users/ada/AppData/Local"), home))
                .isEqualTo(Path.of("/c/Users/ada/AppData/Local/Mentor Planner/Cache"));
    }

    private static byte[] jarLibrary() throws Exception {
        String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/"
                + System.mapLibraryName("sqlitejdbc");
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}

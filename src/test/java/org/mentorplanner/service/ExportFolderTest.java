package org.mentorplanner.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.domain.InvalidInputException;

class ExportFolderTest {

    @TempDir
    Path folder;

    private ExportFolder.Outcome write(ExportFile... files) {
        return new ExportFolder(folder.resolve("out")).write(List.of(files), WorkProgress.none());
    }

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(folder.resolve("out"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void reExportUpdatesChangedFilesKeepsUnchangedAndRemovesStaleOnes() throws Exception {
        write(ExportFile.text("index.html", "v1"), ExportFile.text("ada-1.html", "ada"), ExportFile.text("bob-2.html", "bob"));

        ExportFolder.Outcome second = write(ExportFile.text("index.html", "v2"), ExportFile.text("ada-1.html", "ada"));

        assertThat(second).isEqualTo(new ExportFolder.Outcome(1, 1, 1));
        assertThat(names()).containsExactly(ExportFolder.MANIFEST, "ada-1.html", "index.html");
        assertThat(Files.readString(folder.resolve("out/index.html"))).isEqualTo("v2");
    }

    @Test
    void leavesFilesItDidNotWriteAlone() throws Exception {
        Files.createDirectories(folder.resolve("out"));
        Files.writeString(folder.resolve("out/notes.txt"), "mine");
        write(ExportFile.text("a.csv", "1"));

        write(ExportFile.text("b.csv", "2"));

        assertThat(names()).containsExactly(ExportFolder.MANIFEST, "b.csv", "notes.txt");
    }

    @Test
    void refusesToOverwriteAFileOfSomebodyElse() throws Exception {
        Files.createDirectories(folder.resolve("out"));
        Files.writeString(folder.resolve("out/index.html"), "my own site");

        assertThatThrownBy(() -> write(ExportFile.text("index.html", "export")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("index.html already exists and was not written by an earlier export");
        assertThat(Files.readString(folder.resolve("out/index.html"))).isEqualTo("my own site");
    }

    @Test
    void aManifestEntryOutsideTheFolderIsIgnored() throws Exception {
        Path victim = Files.writeString(folder.resolve("victim.txt"), "keep");
        Files.createDirectories(folder.resolve("out"));
        Files.writeString(folder.resolve("out").resolve(ExportFolder.MANIFEST), "../victim.txt\n/etc/passwd\n");

        write(ExportFile.text("a.csv", "1"));

        assertThat(victim).exists();
    }

    @Test
    void anExportStoppedHalfWayCanBeRepeatedAndCleansUp() throws Exception {
        write(ExportFile.text("old.html", "old"));
        WorkProgress cancelAfterFirstFile = (message, done, total) -> {
            if (done == 1) {
                throw new CancellationException("cancelled");
            }
        };
        assertThatThrownBy(() -> new ExportFolder(folder.resolve("out")).write(
                List.of(ExportFile.text("a.html", "a"), ExportFile.text("b.html", "b")), cancelAfterFirstFile))
                .isInstanceOf(CancellationException.class);

        ExportFolder.Outcome again = write(ExportFile.text("a.html", "a"), ExportFile.text("b.html", "b"));

        assertThat(again).isEqualTo(new ExportFolder.Outcome(1, 1, 1));
        assertThat(names()).containsExactly(ExportFolder.MANIFEST, "a.html", "b.html");
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefusedClearly() throws Exception {
        Files.writeString(folder.resolve("out"), "not a folder");

        assertThatThrownBy(() -> write(ExportFile.text("a.csv", "1")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageEndingWith("out is a file, not a folder: choose a folder to export into.");
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws Exception {
        write(ExportFile.text("a.ics", "x".repeat(10_000)), ExportFile.text("b.ics", "y"));

        assertThat(names()).containsExactly(ExportFolder.MANIFEST, "a.ics", "b.ics");
    }

    @Test
    void fileNamesCannotLeaveTheFolder() {
        assertThatThrownBy(() -> ExportFile.text("../evil.html", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExportFile.text("sub/evil.html", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.mentorplanner.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class DesktopFolderOpenerTest {

    private final Path folder = Path.of("/tmp/export").toAbsolutePath();

    @Test
    void windowsOpensTheFolderInExplorer() {
        assertThat(DesktopFolderOpener.command("Windows 11", folder)).contains(List.of("explorer.exe", folder.toString()));
    }

    @Test
    void macOsOpensTheFolderInTheFinder() {
        assertThat(DesktopFolderOpener.command("Mac OS X", folder)).contains(List.of("open", folder.toString()));
    }

    @Test
    void linuxUsesXdgOpenOnlyWhenItIsInstalled() {
        boolean installed = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, "xdg-open")));

        var command = DesktopFolderOpener.command("Linux", folder);

        assertThat(command.isPresent()).isEqualTo(installed);
        command.ifPresent(words -> assertThat(words).endsWith(folder.toString()).first().asString().endsWith("xdg-open"));
    }

    @Test
    void anOpenerThatAnswersWithAFailureMeansNothingWasOpened() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")));
        // As xdg-open does when no file manager answers: it ends at once with an error code.
        DesktopFolderOpener noFileManager = new DesktopFolderOpener(f -> Optional.of(List.of("/bin/sh", "-c", "exit 3")));
        DesktopFolderOpener fileManager = new DesktopFolderOpener(f -> Optional.of(List.of("/bin/sh", "-c", "exit 0")));

        assertThat(noFileManager.open(folder)).as("the dialog then says where the files are").isFalse();
        assertThat(fileManager.open(folder)).isTrue();
    }
}

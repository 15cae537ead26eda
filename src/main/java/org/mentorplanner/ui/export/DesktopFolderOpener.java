package org.mentorplanner.ui.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Opens folders with the platform's own opener ({@code xdg-open}, {@code open}, {@code explorer}).
 * Not AWT's {@code Desktop}: starting AWT's toolkit next to JavaFX's GTK loop can crash the JVM
 * on Linux. Not {@code HostServices.showDocument} either: it only prints a trace when it finds
 * nothing, while the dialog wants to know, to show the path instead.
 */
final class DesktopFolderOpener implements FolderOpener {

    @Override
    public boolean open(Path folder) throws IOException {
        Optional<List<String>> command = command(System.getProperty("os.name", ""), folder);
        if (command.isEmpty()) {
            return false;
        }
        Process process = new ProcessBuilder(command.get())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        process.getOutputStream().close();
        return true;
    }

    /** The command that opens {@code folder} on this platform, if the platform has one. */
    static Optional<List<String>> command(String osName, Path folder) {
        String os = osName.toLowerCase(Locale.ROOT);
        String path = folder.toAbsolutePath().toString();
        if (os.startsWith("windows")) {
            return Optional.of(List.of("explorer.exe", path));
        }
        if (os.contains("mac")) {
            return Optional.of(List.of("open", path));
        }
        return onPath("xdg-open").map(opener -> List.of(opener.toString(), path));
    }

    private static Optional<Path> onPath(String program) {
        String pathVariable = System.getenv("PATH");
        if (pathVariable == null) {
            return Optional.empty();
        }
        for (String folder : pathVariable.split(File.pathSeparator)) {
            if (folder.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}

package org.mentorplanner.ui.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Opens folders with the platform's own opener ({@code xdg-open}, {@code open}, {@code explorer}).
 * Not AWT's {@code Desktop}: starting AWT's toolkit next to JavaFX's GTK loop can crash the JVM
 * on Linux. Not {@code HostServices.showDocument} either: it only prints a trace when it finds
 * nothing, while the dialog wants to know, to show the path instead.
 */
final class DesktopFolderOpener implements FolderOpener {

    /**
     * How long to wait for the opener's answer. xdg-open returns at once with a failure code
     * when no file manager answers (it showed nothing, and the dialog said nothing); an opener
     * that keeps running this long is taken to have opened the folder.
     */
    private static final Duration ANSWER = Duration.ofSeconds(4);

    private final Function<Path, Optional<List<String>>> commands;

    DesktopFolderOpener() {
        this(folder -> command(System.getProperty("os.name", ""), folder));
    }

    /** With {@code commands} instead of the platform's opener (tests). */
    DesktopFolderOpener(Function<Path, Optional<List<String>>> commands) {
        this.commands = commands;
    }

    @Override
    public boolean open(Path folder) throws IOException {
        Optional<List<String>> command = commands.apply(folder);
        if (command.isEmpty()) {
            return false;
        }
        Process process = new ProcessBuilder(command.get())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        process.getOutputStream().close();
        try {
            // Windows' explorer.exe answers 1 even when it opened the folder: only a failure elsewhere counts.
            return !process.waitFor(ANSWER.toMillis(), TimeUnit.MILLISECONDS)
                    || process.exitValue() == 0 || command.get().get(0).equals("explorer.exe");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
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

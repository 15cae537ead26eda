package org.mentorplanner.robustness;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the command line as a user without privileges, for the tests of files that user may not
 * write. File permissions do not bind root, and CI runs the tests as root: there a
 * {@link CliChild} JVM is started as {@code nobody} (uid and gid 65534, through
 * {@code setpriv}), on copies of the class path it may read and with a home folder of its own.
 */
final class UnprivilegedUser {

    /** {@code nobody} on Debian, Ubuntu and most other Linux systems. */
    static final int NOBODY = 65534;

    private static Path readableClassPath;

    private UnprivilegedUser() {
    }

    /** Whether this JVM runs as root, whom file permissions do not stop. */
    static boolean runningAsRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A command's exit code and output. */
    record Result(int code, String out, String err) {
    }

    /**
     * Runs the command line ({@code args}) on {@code db} as {@code nobody} in a JVM of its own and
     * waits for it. {@code db}'s folder must be one {@code nobody} can reach.
     */
    static Result cli(Path db, Path scratch, String... args) throws IOException, InterruptedException {
        Path home = Files.createDirectories(scratch.resolve("nobody-home"));
        Files.setAttribute(home, "unix:uid", NOBODY);
        Files.setAttribute(home, "unix:gid", NOBODY);
        Path out = scratch.resolve("nobody.out");
        Path err = scratch.resolve("nobody.err");
        List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--",
                ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED",
                "-Dguice_bytecode_gen_option=DISABLED", "-Duser.home=" + home, "-Djava.io.tmpdir=" + home,
                "-Dmentorplanner.log.dir=" + home.resolve("logs"),
                "-cp", classPath(), CliChild.class.getName(), db.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        builder.environment().put("XDG_STATE_HOME", home.resolve("state").toString());
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the command as nobody did not finish in 120 s");
        }
        // CliChild says "started" before the command's own output.
        String printed = Files.readString(out, StandardCharsets.UTF_8).replaceFirst("^started\\R", "");
        return new Result(process.exitValue(), printed, Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * The tests' class path with every entry {@code nobody} cannot read (root's Maven repository
     * is private) linked or copied into a folder everyone may read. Made once per test JVM.
     */
    private static synchronized String classPath() throws IOException {
        if (readableClassPath == null) {
            readableClassPath = Files.createTempDirectory("mentor-planner-classpath");
            Files.setPosixFilePermissions(readableClassPath, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path folder = readableClassPath;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(folder)));
        }
        String given = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : given.split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            if (!Files.exists(path) || readableByEveryone(path)) {
                entries.add(entry);
                continue;
            }
            Path copy = readableClassPath.resolve(n++ + "-" + path.getFileName());
            if (!Files.exists(copy)) {
                copyReadable(path, copy);
            }
            entries.add(copy.toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void copyReadable(Path from, Path to) throws IOException {
        if (Files.isDirectory(from)) {
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : files.toList()) {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                    } else {
                        Files.copy(file, target);
                        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
                    }
                }
            }
            return;
        }
        Files.copy(from, to);
        Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rw-r--r--"));
    }

    /** Whether a user who is neither owner nor in the group may read {@code path} (and pass through every folder above it). */
    private static boolean readableByEveryone(Path path) throws IOException {
        Set<PosixFilePermission> own = Files.getPosixFilePermissions(path);
        if (!own.contains(PosixFilePermission.OTHERS_READ)
                || Files.isDirectory(path) && !own.contains(PosixFilePermission.OTHERS_EXECUTE)) {
            return false;
        }
        for (Path folder = path.getParent(); folder != null; folder = folder.getParent()) {
            if (!Files.getPosixFilePermissions(folder).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                return false;
            }
        }
        return true;
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder: the system clears it eventually
        }
    }
}

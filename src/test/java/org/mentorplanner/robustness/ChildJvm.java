package org.mentorplanner.robustness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a test class's {@code main} in a JVM of its own, on the tests' class path: a second
 * program on the same database file, as a script or a second app would be.
 */
final class ChildJvm {

    private ChildJvm() {
    }

    /** Starts {@code mainClass} with {@code args}; its stdout goes to {@code out}, its stderr to {@code err}. */
    static Process start(Class<?> mainClass, Path out, Path err, String... args) throws IOException {
        return new ProcessBuilder(command(mainClass, args))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
    }

    /** Starts {@code mainClass} with {@code args}, its stdout readable from the process, its stderr in {@code err}. */
    static Process startPiped(Class<?> mainClass, Path err, String... args) throws IOException {
        return new ProcessBuilder(command(mainClass, args)).redirectError(err.toFile()).start();
    }

    private static List<String> command(Class<?> mainClass, String... args) {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "--enable-native-access=ALL-UNNAMED", "-Dguice_bytecode_gen_option=DISABLED",
                "-Dmentorplanner.log.dir=" + System.getProperty("mentorplanner.log.dir", System.getProperty("java.io.tmpdir")),
                "-cp", classPath, mainClass.getName()));
        command.addAll(List.of(args));
        return command;
    }
}

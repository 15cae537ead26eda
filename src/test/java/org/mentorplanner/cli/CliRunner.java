package org.mentorplanner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mentorplanner.app.CommandLineWorkspace;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.service.Workspace;

/**
 * The command-line tests' one runner: every test gets a fresh folder with a database file in it,
 * runs {@link Cli} on that file with real arguments on a pinned clock (wired as the launcher wires it), and reads or seeds the
 * same file through the services. Register it as a field:
 * <pre>{@code @RegisterExtension final CliRunner runner = new CliRunner();}</pre>
 */
public final class CliRunner implements BeforeEachCallback, AfterEachCallback {

    /** The clock of the command-line tests unless one asks for another: 2026-11-25 12:00 UTC. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    /** What one run printed and returned. */
    public record Run(int code, String out, String err) {
    }

    private final Clock clock;
    private final Map<String, String> environment = new HashMap<>();
    private final List<Optional<Path>> appStarts = new ArrayList<>();
    private Path folder;

    /** On {@link #CLOCK}. */
    CliRunner() {
        this(CLOCK);
    }

    CliRunner(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("cli-test");
        environment.clear();
        appStarts.clear();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** The test's own folder. */
    Path folder() {
        return folder;
    }

    /** The database file the commands use: {@code planner.db} in {@link #folder()}, created by the first command or service. */
    Path db() {
        return folder.resolve("planner.db");
    }

    Clock clock() {
        return clock;
    }

    /** The environment the commands see (for example the CalDAV password); empty at the start of each test. */
    Map<String, String> environment() {
        return environment;
    }

    /** The database each start of the app was asked for (the commands that open the window instead of running). */
    List<Optional<Path>> appStarts() {
        return appStarts;
    }

    /** Runs the command line on {@link #db()}. */
    Run run(String... args) {
        return runOn(db(), args);
    }

    /** Runs the command line on {@code db}. */
    Run runOn(Path db, String... args) {
        return once(new Cli(file -> CommandLineWorkspace.open(file, clock), db, appStarts::add, environment::get), args);
    }

    /**
     * Runs the command line once on {@code db} through the workspaces {@code opener} makes, for
     * tests that keep their own folder (the robustness tests, which change its permissions).
     */
    public static Run once(Workspace.Opener opener, Path db, String... args) {
        return once(new Cli(opener, db, database -> { }), args);
    }

    private static Run once(Cli cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Opens {@link #db()} through the services, for seeding and checking. */
    <T> T inDatabase(Function<GuiceWorkspace, T> work) {
        return inDatabase(db(), work);
    }

    /** Opens {@code db} through the services, for seeding and checking. */
    <T> T inDatabase(Path db, Function<GuiceWorkspace, T> work) {
        try (GuiceWorkspace workspace = GuiceWorkspace.open(db, clock)) {
            return work.apply(workspace);
        }
    }

    /** Writes {@code text} as UTF-8 into {@link #folder()}. */
    Path write(String name, String text) {
        try {
            return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.mentorplanner.app;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.mentorplanner.cli.Cli;

/**
 * The training run of the installer build's ahead-of-time cache (JDK 25, JEP 483/514/515; see
 * ADR 0035 and {@code packaging/build.sh}): started with
 * {@code -Dmentorplanner.aotTraining=FILE -XX:AOTCacheOutput=…}, the launcher lists FILE's
 * sessions twice through the command line (a table and JSON, output thrown away), shows one
 * (a read through jOOQ) and then opens
 * the window on FILE with the start-up probe, which exits the JVM once the first week is painted;
 * the JVM writes the cache of everything those starts loaded and ran. Without a display
 * ({@code -Dmentorplanner.aotTraining.cliOnly=true}) it trains the command line only.
 */
final class AotTraining {

    /** The system property that names the training run's database file. */
    static final String PROPERTY = "mentorplanner.aotTraining";

    private AotTraining() {
    }

    /** The database file of a training run, when this JVM is one. */
    static Optional<Path> requested() {
        String file = System.getProperty(PROPERTY);
        return file == null || file.isBlank() ? Optional.empty() : Optional.of(Path.of(file));
    }

    /** Runs the command-line starts in this JVM, then (unless cli-only) opens the window through {@code openApp}. */
    static void run(Path database, Cli cli, Consumer<Optional<Path>> openApp) {
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        String db = database.toString();
        cli.run(discard, discard, "--db", db, "session", "list");
        cli.run(discard, discard, "--db", db, "session", "list", "--format", "json");
        // A read through jOOQ, as every change and `session show` make: `session list` no longer
        // starts it, and without this run its start-up would not be in the cache (ADR 0041).
        cli.run(discard, discard, "--db", db, "session", "show", "1");
        if (!Boolean.getBoolean(PROPERTY + ".cliOnly")) {
            System.setProperty(StartupProbe.PROPERTY, "true"); // exits once the first week is painted
            openApp.accept(Optional.of(database));
        }
    }
}

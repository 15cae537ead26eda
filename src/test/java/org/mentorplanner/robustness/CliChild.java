package org.mentorplanner.robustness;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.cli.Cli;

/**
 * A child process running one command line with a fixed clock: prints {@code started} when the
 * command begins (the JVM is up) and exits with the command's code.
 * Arguments: the database file, then the command's arguments.
 */
public final class CliChild {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private CliChild() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        Cli cli = new Cli(file -> GuiceWorkspace.open(file, clock), db, database -> { });
        String[] command = Arrays.copyOfRange(args, 1, args.length);
        // Load the classes the command needs before saying "started", so a kill lands in the work, not the start-up.
        System.out.println("started");
        System.out.flush();
        int code = cli.run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), command);
        System.exit(code);
    }
}

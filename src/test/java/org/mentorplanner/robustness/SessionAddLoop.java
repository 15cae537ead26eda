package org.mentorplanner.robustness;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.cli.Cli;

/**
 * A second process that runs {@code session add} again and again for a while, each run a whole
 * command line (open, write, close), and prints one line per run: {@code ok ID} for an
 * acknowledged write, {@code refused MESSAGE} otherwise.
 * Arguments: database file, milliseconds to run, the hour offset of its first session.
 */
public final class SessionAddLoop {

    private SessionAddLoop() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        long until = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000L;
        int hour = Integer.parseInt(args[2]);
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
        Cli cli = new Cli(file -> GuiceWorkspace.open(file, clock), db, database -> { });
        LocalDateTime first = LocalDateTime.parse("2027-01-04T00:00");
        while (System.nanoTime() < until) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = cli.run(new PrintWriter(out), new PrintWriter(err), "session", "add", "--mentor", "ada@example.org",
                    "--location", "Zoom", "--start", first.plusHours(hour++).toString(), "--duration", "30m",
                    "--method", "online", "--url", "https://meet.example.org/x", "--title", "Loop " + args[2]);
            System.out.println(code == 0 ? "ok " + out.toString().strip() : "refused " + err.toString().strip());
            System.out.flush();
        }
    }
}

package org.mentorplanner.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.mentorplanner.service.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backup [--out FILE]}: a consistent copy of the database, taken while it may be in use. */
@Command(name = "backup",
        description = {"Back the database up: a consistent copy, safe to take while the app or a script uses it.",
                "Without --out it goes into the backups folder beside the database."})
final class BackupCommand extends CliCommand {

    @Option(names = "--out", paramLabel = "FILE", description = "The backup file to write (replaced if it exists).")
    private Path out;

    @Override
    protected void run(CliContext cli) {
        Path written = cli.service(BackupService.class).backUp(Optional.ofNullable(out));
        cli.out().println("Backed " + cli.databaseFile() + " up to " + written + ".");
    }
}

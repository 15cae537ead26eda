package org.mentorplanner.cli;

import java.nio.file.Path;
import org.mentorplanner.service.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code restore FILE}: puts a backup back; the content it replaces is backed up first. */
@Command(name = "restore",
        description = {"Replace the database's content with a backup made by `backup` (or a daily backup).",
                "What the database held before is kept in its backups folder first. Refused while the app has the file open."})
final class RestoreCommand extends CliCommand {

    @Parameters(paramLabel = "FILE", description = "The backup file.")
    private Path backup;

    @Override
    protected void run(CliContext cli) {
        cli.service(BackupService.class).restore(backup, false);
        cli.out().println("Restored " + cli.databaseFile() + " from " + backup + ".");
    }
}

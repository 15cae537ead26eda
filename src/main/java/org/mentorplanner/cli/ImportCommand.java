package org.mentorplanner.cli;

import picocli.CommandLine.Command;

/** {@code import people|locations FILE.csv}. */
@Command(name = "import",
        description = "Import people or locations from a CSV file with a header row. All or nothing: a bad row aborts the import.")
final class ImportCommand {
}

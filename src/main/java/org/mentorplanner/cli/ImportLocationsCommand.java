package org.mentorplanner.cli;

import java.nio.file.Path;
import java.util.List;
import org.mentorplanner.domain.Location;
import org.mentorplanner.service.DirectoryImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code import locations FILE.csv}: columns name,zone,kind. */
@Command(name = "locations",
        description = {
                "Add or update locations from a CSV file with the header name,zone,kind.",
                "zone is an IANA time zone like Europe/Berlin; kind is online or in-person.",
                "Rows are numbered from the first line below the header."})
final class ImportLocationsCommand extends CliCommand {

    @Parameters(paramLabel = "FILE.csv", description = "The CSV file.")
    private Path file;

    @Override
    protected boolean createsDatabase() {
        return true;
    }

    @Override
    protected void run(CliContext cli) {
        List<Location> saved = cli.service(DirectoryImport.class).importLocations(file);
        cli.out().println("Imported " + saved.size() + (saved.size() == 1 ? " location" : " locations") + " from " + file.getFileName() + ".");
    }
}

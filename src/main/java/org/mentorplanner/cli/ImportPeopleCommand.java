package org.mentorplanner.cli;

import java.nio.file.Path;
import java.util.List;
import org.mentorplanner.domain.Person;
import org.mentorplanner.service.DirectoryImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code import people FILE.csv}: columns email,name,roles,groups; roles and groups separated by ';'. */
@Command(name = "people",
        description = {
                "Add or update people from a CSV file with the header email,name,roles,groups.",
                "Roles (mentor, mentee, coordinator) and groups are separated by ';'; groups are created as needed.",
                "Rows are numbered from the first line below the header."})
final class ImportPeopleCommand extends CliCommand {

    @Parameters(paramLabel = "FILE.csv", description = "The CSV file.")
    private Path file;

    @Override
    protected boolean createsDatabase() {
        return true;
    }

    @Override
    protected void run(CliContext cli) {
        List<Person> saved = cli.service(DirectoryImport.class).importPeople(file);
        cli.out().println("Imported " + saved.size() + (saved.size() == 1 ? " person" : " people") + " from " + file.getFileName() + ".");
    }
}

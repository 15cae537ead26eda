package org.mentorplanner.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.DirectoryService.PersonInput;
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
    protected void run(CliContext cli) {
        List<CsvFile.Row> rows = CsvFile.read(file, List.of("email", "name", "roles"), Set.of("groups"));
        List<Person> saved = CsvFile.importing(file, () -> {
            List<PersonInput> people = new ArrayList<>(rows.size());
            for (CsvFile.Row row : rows) {
                try {
                    people.add(new PersonInput(row.get("email"), row.get("name"), roles(row.get("roles")), list(row.get("groups"))));
                } catch (InvalidInputException e) {
                    throw new InvalidInputException("Row " + row.number() + ": " + e.getMessage());
                }
            }
            return cli.service(DirectoryService.class).importPeople(people);
        });
        cli.out().println("Imported " + saved.size() + (saved.size() == 1 ? " person" : " people") + " from " + file.getFileName() + ".");
    }

    private static Set<Role> roles(String text) {
        Set<Role> roles = new LinkedHashSet<>();
        for (String name : list(text)) {
            roles.add(Role.parse(name));
        }
        return roles;
    }

    /** The non-blank ';'-separated parts of {@code text}. */
    static Set<String> list(String text) {
        Set<String> parts = new LinkedHashSet<>();
        Arrays.stream(text.split(";")).map(String::strip).filter(part -> !part.isEmpty()).forEach(parts::add);
        return parts;
    }
}

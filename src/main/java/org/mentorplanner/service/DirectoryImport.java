package org.mentorplanner.service;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.service.DirectoryService.LocationInput;
import org.mentorplanner.service.DirectoryService.PersonInput;

/**
 * Imports people or locations from a CSV file with a header row, all or nothing: a bad row
 * aborts the import with its number (counted from the first line below the header) and what
 * to fix. The command line and the window both import through here.
 */
@Singleton
public class DirectoryImport {

    /** The columns a people file must have. */
    public static final List<String> PEOPLE_COLUMNS = List.of("email", "name", "roles");
    /** The column a people file may have: group names separated by ';', created as needed. */
    public static final String PEOPLE_GROUPS = "groups";
    /** The columns a locations file must have. */
    public static final List<String> LOCATION_COLUMNS = List.of("name", "zone", "kind");

    private final DirectoryService directory;

    @Inject
    public DirectoryImport(DirectoryService directory) {
        this.directory = directory;
    }

    /** Adds or updates the people in {@code file} (email,name,roles,groups; roles and groups separated by ';'). */
    public List<Person> importPeople(Path file) {
        List<CsvFile.Row> rows = CsvFile.read(file, PEOPLE_COLUMNS, Set.of(PEOPLE_GROUPS));
        return importing(file, () -> {
            List<PersonInput> people = new ArrayList<>(rows.size());
            Map<String, CsvFile.Row> byEmail = new HashMap<>();
            for (CsvFile.Row row : rows) {
                // Emails are one person whatever their case: two rows would silently merge, the last one's roles winning.
                CsvFile.Row earlier = byEmail.putIfAbsent(row.get("email").toLowerCase(Locale.ROOT), row);
                if (earlier != null) {
                    throw new InvalidInputException("Row " + row.number() + ": " + row.get("email") + " is the same email as "
                            + earlier.get("email") + " in row " + earlier.number() + " (emails ignore case): keep one row per person.");
                }
                try {
                    people.add(new PersonInput(row.get("email"), row.get("name"), roles(row.get("roles")), list(row.get(PEOPLE_GROUPS))));
                } catch (InvalidInputException e) {
                    throw new InvalidInputException("Row " + row.number() + ": " + e.getMessage());
                }
            }
            return directory.importPeople(people);
        });
    }

    /** Adds or updates the locations in {@code file} (name,zone,kind). */
    public List<Location> importLocations(Path file) {
        List<LocationInput> locations = CsvFile.read(file, LOCATION_COLUMNS, Set.of()).stream()
                .map(row -> new LocationInput(row.get("name"), row.get("zone"), row.get("kind")))
                .toList();
        return importing(file, () -> directory.importLocations(locations));
    }

    /** Runs an import of {@code file}; a refusal says that nothing was imported. */
    private static <T> T importing(Path file, Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException("Nothing imported from " + file.getFileName() + ". " + e.getMessage());
        }
    }

    private static Set<Role> roles(String text) {
        Set<Role> roles = new LinkedHashSet<>();
        for (String name : list(text)) {
            roles.add(Role.parse(name));
        }
        return roles;
    }

    /** The non-blank ';'-separated parts of {@code text}. */
    private static Set<String> list(String text) {
        Set<String> parts = new LinkedHashSet<>();
        Arrays.stream(text.split(";")).map(String::strip).filter(part -> !part.isEmpty()).forEach(parts::add);
        return parts;
    }
}

package org.mentorplanner.ui.importing;

import java.util.List;
import org.mentorplanner.service.DirectoryImport;

/** What a CSV file holds: people or places (locations), with the header it needs and an example row. */
enum ImportKind {

    PEOPLE("People", header(DirectoryImport.PEOPLE_COLUMNS, DirectoryImport.PEOPLE_GROUPS),
            "ada@example.org,Ada Lovelace,mentor;coordinator,London",
            "Roles are mentor, mentee or coordinator; roles and groups are separated by ';' and groups are created as needed."),
    PLACES("Places", header(DirectoryImport.LOCATION_COLUMNS, null),
            "Berlin office,Europe/Berlin,in-person",
            "zone is a time zone name like Europe/Berlin; kind is online or in-person.");

    final String label;
    final String header;
    final String example;
    final String rules;

    ImportKind(String label, String header, String example, String rules) {
        this.label = label;
        this.header = header;
        this.example = example;
        this.rules = rules;
    }

    private static String header(List<String> required, String optional) {
        return String.join(",", required) + (optional == null ? "" : "," + optional);
    }
}

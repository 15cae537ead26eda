package org.mentorplanner.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;

/**
 * Base of service tests: a workspace on a real SQLite file in a temporary folder with a small
 * organisation: mentors Ada (in the group "Women in Tech") and Bob, mentee Mia, and the New York
 * office. The clock stands at 2026-11-01 12:00 UTC.
 */
abstract class SampleOrganisationTest {

    @TempDir
    Path folder;

    GuiceWorkspace workspace;
    Person ada;
    Person bob;
    Person mia;
    Location newYork;

    @BeforeEach
    void openSampleOrganisation() {
        workspace = GuiceWorkspace.open(folder.resolve("planner.db"), Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC));
        DirectoryService directory = workspace.service(DirectoryService.class);
        ada = directory.savePerson(new DirectoryService.PersonInput("ada@example.org", "Ada", Set.of(Role.MENTOR), Set.of("Women in Tech")));
        bob = directory.savePerson(new DirectoryService.PersonInput("bob@example.org", "Bob", Set.of(Role.MENTOR), Set.of()));
        mia = directory.savePerson(new DirectoryService.PersonInput("mia@example.org", "Mia", Set.of(Role.MENTEE), Set.of()));
        newYork = directory.saveLocation(new DirectoryService.LocationInput("New York office", "America/New_York", "in-person"));
    }

    @AfterEach
    void closeSampleOrganisation() {
        workspace.close();
    }
}

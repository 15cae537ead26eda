package org.mentorplanner.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.domain.Group;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.LocationKind;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.service.DirectoryService.LocationInput;
import org.mentorplanner.service.DirectoryService.PersonInput;
import org.mentorplanner.time.PinnedMoment;

class DirectoryServiceTest {

    @TempDir
    Path folder;

    private GuiceWorkspace workspace;
    private DirectoryService directory;

    @BeforeEach
    void open() {
        workspace = GuiceWorkspace.open(folder.resolve("planner.db"), PinnedMoment.DEFAULT.clock());
        directory = workspace.service(DirectoryService.class);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void importCreatesPeopleWithRolesAndGroups() {
        List<Person> saved = directory.importPeople(List.of(
                new PersonInput("ada@example.org", "Ada", Set.of(Role.MENTOR, Role.COORDINATOR), Set.of("Women in Tech")),
                new PersonInput("mia@example.org", "Mia", Set.of(Role.MENTEE), Set.of("Women in Tech", "Juniors"))));

        assertThat(directory.people()).containsExactlyElementsOf(saved);
        assertThat(directory.groups()).extracting(Group::name).containsExactly("Juniors", "Women in Tech");
        assertThat(directory.groupsOf(saved.get(1).id())).hasSize(2);
        assertThat(directory.mentors()).extracting(Person::email).containsExactly("ada@example.org");
    }

    @Test
    void importWithABadRowSavesNothingAndNamesTheRow() {
        directory.savePerson(new PersonInput("ada@example.org", "Ada", Set.of(Role.MENTOR), Set.of()));

        assertThatThrownBy(() -> directory.importPeople(List.of(
                new PersonInput("ada@example.org", "Ada Lovelace", Set.of(Role.MENTOR, Role.COORDINATOR), Set.of("Alumni")),
                new PersonInput("bob@example.org", "Bob", Set.of(Role.MENTOR), Set.of("Juniors")),
                new PersonInput("not-an-email", "Nobody", Set.of(Role.MENTEE), Set.of()))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Row 3: 'not-an-email' is not an email address: write it like ada@example.org.");

        assertThat(directory.people()).extracting(Person::name).containsExactly("Ada");
        assertThat(directory.requirePerson("ada@example.org").roles()).containsExactly(Role.MENTOR);
        assertThat(directory.groups()).isEmpty();
    }

    @Test
    void importRefusesPeopleWithoutNameOrRole() {
        assertThatThrownBy(() -> directory.importPeople(List.of(new PersonInput("ada@example.org", " ", Set.of(Role.MENTOR), Set.of()))))
                .hasMessage("Row 1: The name of ada@example.org is empty: give the person's full name.");
        assertThatThrownBy(() -> directory.importPeople(List.of(new PersonInput("ada@example.org", "Ada", Set.of(), Set.of()))))
                .hasMessage("Row 1: ada@example.org has no role: give mentor, mentee or coordinator.");
    }

    @Test
    void savingAnExistingEmailUpdatesThatPerson() {
        Person ada = directory.savePerson(new PersonInput("ada@example.org", "Ada", Set.of(Role.MENTOR), Set.of("Alumni")));

        Person again = directory.savePerson(new PersonInput("ADA@example.org", "Ada L.", Set.of(Role.COORDINATOR), Set.of()));

        assertThat(again.id()).isEqualTo(ada.id());
        assertThat(directory.people()).containsExactly(again);
        assertThat(directory.groupsOf(ada.id())).isEmpty();
    }

    @Test
    void locationImportIsAllOrNothing() {
        assertThatThrownBy(() -> directory.importLocations(List.of(
                new LocationInput("New York office", "America/New_York", "in-person"),
                new LocationInput("Mars base", "Mars/Olympus", "in-person"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Row 2: 'Mars/Olympus' is not a time zone: use an IANA name like Europe/Berlin.");

        assertThat(directory.locations()).isEmpty();
    }

    @Test
    void locationsNeedARealZoneNotAnOffset() {
        assertThatThrownBy(() -> directory.saveLocation(new LocationInput("Office", "+02:00", "in-person")))
                .hasMessageContaining("is an offset, not a time zone");
        assertThatThrownBy(() -> directory.saveLocation(new LocationInput("Office", "Europe/Berlin", "moon")))
                .hasMessage("Unknown location kind 'moon': use online or in-person.");
    }

    @Test
    void savedLocationsAreFoundByNameWithAHelpfulRefusal() {
        Location london = directory.saveLocation(new LocationInput("London hub", "Europe/London", "online"));

        assertThat(london).isEqualTo(new Location(london.id(), "London hub", ZoneId.of("Europe/London"), LocationKind.ONLINE));
        assertThat(directory.requireLocation("london HUB")).isEqualTo(london);
        assertThatThrownBy(() -> directory.requireLocation("Paris"))
                .hasMessage("No location named 'Paris'. Known locations: London hub.");
        assertThatThrownBy(() -> directory.requireGroup("Alumni"))
                .hasMessage("No group named 'Alumni'. Known groups: none yet.");
    }
}

package org.mentorplanner.ui;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.Group;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.DirectoryService.LocationInput;
import org.mentorplanner.service.DirectoryService.PersonInput;
import org.mentorplanner.service.Workspace;

/**
 * A small organisation with known names for GUI and presenter tests, created through the services.
 * (The app's own sample data for trying it out is {@code DemoDataService}.)
 */
public final class DemoOrganisation {

    public final Map<String, Person> people;
    public final Map<String, Location> locations;
    public final List<Group> groups;

    private DemoOrganisation(Map<String, Person> people, Map<String, Location> locations, List<Group> groups) {
        this.people = people;
        this.locations = locations;
        this.groups = groups;
    }

    /** People, locations and groups, no sessions. */
    public static DemoOrganisation directory(Workspace workspace) {
        DirectoryService directory = workspace.service(DirectoryService.class);
        List<Location> places = directory.importLocations(List.of(
                new LocationInput("Berlin office", "Europe/Berlin", "in-person"),
                new LocationInput("London office", "Europe/London", "in-person"),
                new LocationInput("New York office", "America/New_York", "in-person"),
                new LocationInput("Bangalore office", "Asia/Kolkata", "in-person"),
                new LocationInput("Zoom", "Europe/Berlin", "online")));
        List<Person> saved = directory.importPeople(List.of(
                new PersonInput("ada@example.org", "Ada Lovelace", Set.of(Role.MENTOR), Set.of("Engineering", "Women in Tech")),
                new PersonInput("grace@example.org", "Grace Hopper", Set.of(Role.MENTOR), Set.of("Engineering")),
                new PersonInput("alan@example.org", "Alan Turing", Set.of(Role.MENTOR), Set.of("Research")),
                new PersonInput("katherine@example.org", "Katherine Johnson", Set.of(Role.MENTOR), Set.of("Research", "Women in Tech")),
                new PersonInput("linus@example.org", "Linus Park", Set.of(Role.MENTOR), Set.of("Product")),
                new PersonInput("mia@example.org", "Mia Chen", Set.of(Role.MENTEE), Set.of("Women in Tech")),
                new PersonInput("noah@example.org", "Noah Okafor", Set.of(Role.MENTEE), Set.of("Engineering")),
                new PersonInput("priya@example.org", "Priya Raman", Set.of(Role.MENTEE), Set.of("Research")),
                new PersonInput("sam@example.org", "Sam Weber", Set.of(Role.MENTEE), Set.of("Product")),
                new PersonInput("olivia@example.org", "Olivia Rossi", Set.of(Role.MENTEE), Set.of("Engineering")),
                new PersonInput("chris@example.org", "Chris Novak", Set.of(Role.COORDINATOR), Set.of())));
        Map<String, Person> byFirstName = new java.util.LinkedHashMap<>();
        saved.forEach(p -> byFirstName.put(p.name().split(" ")[0].toLowerCase(java.util.Locale.ROOT), p));
        Map<String, Location> byName = new java.util.LinkedHashMap<>();
        places.forEach(l -> byName.put(l.name().split(" ")[0].toLowerCase(java.util.Locale.ROOT), l));
        return new DemoOrganisation(byFirstName, byName, directory.groups());
    }

    /** An hour-long in-person session of {@code mentor} (a first name) in Room 2 of the Berlin office, open to all. */
    public SessionDetails hourInBerlin(String mentor, LocalDateTime start, String title) {
        return new SessionDetails(people.get(mentor).id(), null, locations.get("berlin").id(), start,
                Duration.ofMinutes(60), EnrollmentMethod.IN_PERSON, null, "Room 2", Set.of(), title, "");
    }

    /**
     * An hour in the Berlin office that the grid shows at {@code startInGrid}, a wall-clock time in
     * {@code gridZone} (the zone of the clock the window runs on), so window tests find the block in
     * the visible hours whatever zone they run in.
     */
    public SessionDetails hourInBerlinShownAt(String mentor, LocalDateTime startInGrid, java.time.ZoneId gridZone,
                                              String title) {
        LocalDateTime inBerlin = startInGrid.atZone(gridZone).withZoneSameInstant(locations.get("berlin").zone())
                                            .toLocalDateTime();
        return hourInBerlin(mentor, inBerlin, title);
    }
}

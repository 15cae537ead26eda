package org.mentorplanner.ui;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.Group;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.Workspace;
import org.mentorplanner.testing.Organisation;

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
        Organisation organisation = Organisation.builder()
                .location("Berlin office", "Europe/Berlin", "in-person")
                .location("London office", "Europe/London", "in-person")
                .location("New York office", "America/New_York", "in-person")
                .location("Bangalore office", "Asia/Kolkata", "in-person")
                .location("Zoom", "Europe/Berlin", "online")
                .person("ada@example.org", "Ada Lovelace", Set.of(Role.MENTOR), "Engineering", "Women in Tech")
                .person("grace@example.org", "Grace Hopper", Set.of(Role.MENTOR), "Engineering")
                .person("alan@example.org", "Alan Turing", Set.of(Role.MENTOR), "Research")
                .person("katherine@example.org", "Katherine Johnson", Set.of(Role.MENTOR), "Research", "Women in Tech")
                .person("linus@example.org", "Linus Park", Set.of(Role.MENTOR), "Product")
                .person("mia@example.org", "Mia Chen", Set.of(Role.MENTEE), "Women in Tech")
                .person("noah@example.org", "Noah Okafor", Set.of(Role.MENTEE), "Engineering")
                .person("priya@example.org", "Priya Raman", Set.of(Role.MENTEE), "Research")
                .person("sam@example.org", "Sam Weber", Set.of(Role.MENTEE), "Product")
                .person("olivia@example.org", "Olivia Rossi", Set.of(Role.MENTEE), "Engineering")
                .person("chris@example.org", "Chris Novak", Set.of(Role.COORDINATOR))
                .saveWith(workspace.service(DirectoryService.class));
        Map<String, Person> byFirstName = new LinkedHashMap<>();
        organisation.people().forEach(p -> byFirstName.put(p.name().split(" ")[0].toLowerCase(Locale.ROOT), p));
        Map<String, Location> byName = new LinkedHashMap<>();
        organisation.locations().forEach(l -> byName.put(l.name().split(" ")[0].toLowerCase(Locale.ROOT), l));
        return new DemoOrganisation(byFirstName, byName, organisation.groups());
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
    public SessionDetails hourInBerlinShownAt(String mentor, LocalDateTime startInGrid, ZoneId gridZone,
                                              String title) {
        LocalDateTime inBerlin = startInGrid.atZone(gridZone).withZoneSameInstant(locations.get("berlin").zone())
                                            .toLocalDateTime();
        return hourInBerlin(mentor, inBerlin, title);
    }
}

package org.mentorplanner.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.mentorplanner.domain.Group;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.DirectoryService.LocationInput;
import org.mentorplanner.service.DirectoryService.PersonInput;

/**
 * The tests' one way to seed an organisation: people, places and groups described with a
 * builder and saved through {@link DirectoryService} in two imports (places, then people), the
 * way the app's import does it; what was saved is looked up by e-mail address and name.
 * The store, export and window fixtures all seed with it.
 */
public final class Organisation {

    private final Map<String, Person> people;
    private final Map<String, Location> locations;
    private final Map<String, Group> groups;

    private Organisation(Map<String, Person> people, Map<String, Location> locations, Map<String, Group> groups) {
        this.people = people;
        this.locations = locations;
        this.groups = groups;
    }

    /** An empty organisation to describe. */
    public static Builder builder() {
        return new Builder();
    }

    /** The person with {@code email}. */
    public Person person(String email) {
        return find(people, email, "person");
    }

    /** The location called {@code name}. */
    public Location location(String name) {
        return find(locations, name, "location");
    }

    /** The group called {@code name}. */
    public Group group(String name) {
        return find(groups, name, "group");
    }

    /** Everyone, in the order they were described. */
    public List<Person> people() {
        return List.copyOf(people.values());
    }

    /** Every location, in the order they were described. */
    public List<Location> locations() {
        return List.copyOf(locations.values());
    }

    /** Every group, by name. */
    public List<Group> groups() {
        return List.copyOf(groups.values());
    }

    private static <T> T find(Map<String, T> map, String key, String what) {
        T found = map.get(key);
        if (found == null) {
            throw new NoSuchElementException("no " + what + " " + key + " in the test organisation; there are " + map.keySet());
        }
        return found;
    }

    /** Describes the organisation; {@link #saveWith} writes it. */
    public static final class Builder {

        private final List<LocationInput> locations = new ArrayList<>();
        private final List<PersonInput> people = new ArrayList<>();

        private Builder() {
        }

        /** A place with its IANA zone; {@code kind} is {@code in-person} or {@code online}. */
        public Builder location(String name, String zone, String kind) {
            locations.add(new LocationInput(name, zone, kind));
            return this;
        }

        /** A person with roles and the groups they belong to (created as needed). */
        public Builder person(String email, String name, Set<Role> roles, String... groupNames) {
            people.add(new PersonInput(email, name, roles, Set.of(groupNames)));
            return this;
        }

        /** Saves places and people through {@code directory}, each list in one transaction. */
        public Organisation saveWith(DirectoryService directory) {
            Map<String, Location> savedLocations = new LinkedHashMap<>();
            for (Location location : directory.importLocations(locations)) {
                savedLocations.put(location.name(), location);
            }
            Map<String, Person> savedPeople = new LinkedHashMap<>();
            for (Person person : directory.importPeople(people)) {
                savedPeople.put(person.email(), person);
            }
            Map<String, Group> savedGroups = new LinkedHashMap<>();
            for (Group group : directory.groups()) {
                savedGroups.put(group.name(), group);
            }
            return new Organisation(savedPeople, savedLocations, savedGroups);
        }
    }
}

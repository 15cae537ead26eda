package org.mentorplanner.service;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.mentorplanner.domain.Group;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.LocationKind;
import org.mentorplanner.domain.NotFoundException;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.service.port.Repositories;
import org.mentorplanner.service.port.Storage;

/** The organisation: people, their roles and groups, and locations. */
@Singleton
public class DirectoryService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Storage storage;

    @Inject
    public DirectoryService(Storage storage) {
        this.storage = storage;
    }

    /** A person to add or update: email, name, roles and group names (groups are created as needed). */
    public record PersonInput(String email, String name, Set<Role> roles, Set<String> groups) {
        public PersonInput {
            roles = Set.copyOf(roles);
            groups = new LinkedHashSet<>(groups);
        }
    }

    /** A location to add or update. */
    public record LocationInput(String name, String zone, String kind) {
    }

    /** Adds a person, or updates the one with the same email. */
    public Person savePerson(PersonInput input) {
        return storage.transact(repos -> savePerson(repos, input));
    }

    /**
     * Adds or updates many people at once: all or nothing. A bad row aborts the whole import
     * with its 1-based number and the reason.
     */
    public List<Person> importPeople(List<PersonInput> rows) {
        return importAll(rows, this::savePerson);
    }

    /** Adds a location, or updates the one with the same name. */
    public Location saveLocation(LocationInput input) {
        return storage.transact(repos -> saveLocation(repos, input));
    }

    /** Adds or updates many locations at once: all or nothing, like {@link #importPeople}. */
    public List<Location> importLocations(List<LocationInput> rows) {
        return importAll(rows, this::saveLocation);
    }

    /** Saves every row in one transaction; a refused row aborts all and is named by its 1-based number. */
    private <I, T> List<T> importAll(List<I> rows, BiFunction<Repositories, I, T> save) {
        return storage.transact(repos -> {
            List<T> saved = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                try {
                    saved.add(save.apply(repos, rows.get(i)));
                } catch (InvalidInputException e) {
                    throw new InvalidInputException("Row " + (i + 1) + ": " + e.getMessage());
                }
            }
            return saved;
        });
    }

    public List<Person> people() {
        return storage.transact(repos -> repos.people().findAll());
    }

    public List<Person> mentors() {
        return storage.transact(repos -> repos.people().findMentors());
    }

    public List<Person> mentees() {
        return storage.transact(repos -> repos.people().findMentees());
    }

    public List<Location> locations() {
        return storage.transact(repos -> repos.locations().findAll());
    }

    public List<Group> groups() {
        return storage.transact(repos -> repos.groups().findAll());
    }

    public Optional<Person> findPerson(String email) {
        return storage.transact(repos -> repos.people().findByEmail(email));
    }

    /** The person with this email, or a clear refusal. */
    public Person requirePerson(String email) {
        return findPerson(email).orElseThrow(() -> new NotFoundException("No person with email " + email + "."));
    }

    /** The location with this name, or a clear refusal listing what exists. */
    public Location requireLocation(String name) {
        return storage.transact(repos -> repos.locations().findByName(name).orElseThrow(() -> new NotFoundException(
                "No location named '" + name + "'. Known locations: " + names(repos.locations().findAll().stream().map(Location::name).toList()) + ".")));
    }

    /** The group with this name, or a clear refusal listing what exists. */
    public Group requireGroup(String name) {
        return storage.transact(repos -> repos.groups().findByName(name).orElseThrow(() -> new NotFoundException(
                "No group named '" + name + "'. Known groups: " + names(repos.groups().findAll().stream().map(Group::name).toList()) + ".")));
    }

    /** Ids of the groups a person belongs to. */
    public Set<Long> groupsOf(long personId) {
        return storage.transact(repos -> repos.people().groupsOf(personId));
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "none yet" : String.join(", ", names);
    }

    /** {@link #savePerson(PersonInput)} inside a caller's transaction, for multi-row use cases such as demo data. */
    Person savePerson(Repositories repos, PersonInput input) {
        String email = input.email() == null ? "" : input.email().strip();
        String name = input.name() == null ? "" : input.name().strip();
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("'" + email + "' is not an email address: write it like ada@example.org.");
        }
        if (name.isEmpty()) {
            throw new InvalidInputException("The name of " + email + " is empty: give the person's full name.");
        }
        if (input.roles().isEmpty()) {
            throw new InvalidInputException(email + " has no role: give mentor, mentee or coordinator.");
        }
        Set<Long> groupIds = new LinkedHashSet<>();
        for (String groupName : input.groups()) {
            String clean = groupName.strip();
            if (clean.isEmpty()) {
                continue;
            }
            groupIds.add(repos.groups().findByName(clean).orElseGet(() -> repos.groups().insert(clean)).id());
        }
        Person person = repos.people().findByEmail(email)
                             .map(existing -> {
                                 Person updated = new Person(existing.id(), email, name, input.roles());
                                 repos.people().update(updated);
                                 return updated;
                             })
                             .orElseGet(() -> repos.people().insert(new Person(0, email, name, input.roles())));
        repos.people().setGroups(person.id(), groupIds);
        return person;
    }

    /** {@link #saveLocation(LocationInput)} inside a caller's transaction. */
    Location saveLocation(Repositories repos, LocationInput input) {
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("A location needs a name.");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(input.zone() == null ? "" : input.zone().strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException("'" + input.zone() + "' is not a time zone: use an IANA name like Europe/Berlin.");
        }
        if (!zone.getId().contains("/") && !zone.getId().toUpperCase(Locale.ROOT).equals("UTC")) {
            throw new InvalidInputException("'" + input.zone() + "' is an offset, not a time zone: use an IANA name like Europe/Berlin, so daylight saving is right.");
        }
        LocationKind kind = LocationKind.parse(input.kind() == null ? "" : input.kind());
        return repos.locations().findByName(name)
                    .map(existing -> {
                        Location updated = new Location(existing.id(), name, zone, kind);
                        repos.locations().update(updated);
                        return updated;
                    })
                    .orElseGet(() -> repos.locations().insert(new Location(0, name, zone, kind)));
    }
}

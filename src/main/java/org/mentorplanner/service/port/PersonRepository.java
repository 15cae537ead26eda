package org.mentorplanner.service.port;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mentorplanner.domain.Person;

/** People and their group memberships. */
public interface PersonRepository {

    /** Saves a new person (its id is ignored) and returns it with its id. */
    Person insert(Person person);

    /** Updates name, email and roles of an existing person. */
    void update(Person person);

    Optional<Person> findById(long id);

    /** Case-insensitive. */
    Optional<Person> findByEmail(String email);

    /** Everyone, ordered by name. */
    List<Person> findAll();

    /** People with the mentor role, ordered by name. */
    List<Person> findMentors();

    /** People with the mentee role, ordered by name. */
    List<Person> findMentees();

    List<Person> findByIds(Collection<Long> ids);

    /** Replaces the person's group memberships. */
    void setGroups(long personId, Set<Long> groupIds);

    /** Ids of the groups the person belongs to. */
    Set<Long> groupsOf(long personId);

    long count();
}

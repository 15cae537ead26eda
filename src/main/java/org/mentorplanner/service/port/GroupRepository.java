package org.mentorplanner.service.port;

import java.util.List;
import java.util.Optional;
import org.mentorplanner.domain.Group;

/** Groups of people. */
public interface GroupRepository {

    Group insert(String name);

    Optional<Group> findById(long id);

    /** Case-insensitive. */
    Optional<Group> findByName(String name);

    /** All groups, ordered by name. */
    List<Group> findAll();
}

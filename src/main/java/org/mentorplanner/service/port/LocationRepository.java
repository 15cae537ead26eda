package org.mentorplanner.service.port;

import java.util.List;
import java.util.Optional;
import org.mentorplanner.domain.Location;

/** Locations with their time zones. */
public interface LocationRepository {

    Location insert(Location location);

    void update(Location location);

    Optional<Location> findById(long id);

    /** Case-insensitive. */
    Optional<Location> findByName(String name);

    /** All locations, ordered by name. */
    List<Location> findAll();
}

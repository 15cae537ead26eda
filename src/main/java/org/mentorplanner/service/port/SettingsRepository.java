package org.mentorplanner.service.port;

import java.util.Optional;

/** Key-value workspace settings. */
public interface SettingsRepository {

    Optional<String> get(String key);

    void put(String key, String value);

    void remove(String key);
}

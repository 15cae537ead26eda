package org.mentorplanner.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed in a collection since a sync token (RFC 6578 {@code sync-collection}).
 *
 * @param token   the new sync token, to give next time
 * @param changed resources added or changed since: href to ETag (the ETag may be {@code null})
 * @param removed hrefs of resources removed since
 */
public record SyncReport(String token, Map<String, String> changed, Set<String> removed) {

    public SyncReport {
        Objects.requireNonNull(token, "token");
        changed = Collections.unmodifiableMap(new LinkedHashMap<>(changed));
        removed = Set.copyOf(removed);
    }
}

package org.mentorplanner.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.AbstractPreferences;

/**
 * Preferences that keep apart what was set and what reached the backing store: a value counts
 * as stored only after a flush, as on disk, where an app that ends without its shutdown hooks
 * (killed, or its X connection gone) loses everything not flushed.
 */
public final class StoredPreferences extends AbstractPreferences {

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> stored = new HashMap<>();

    public StoredPreferences() {
        super(null, "");
    }

    private StoredPreferences(StoredPreferences parent, String name) {
        super(parent, name);
    }

    /** The value as the backing store has it, or {@code null}. */
    public String stored(String key) {
        return stored.get(key);
    }

    @Override
    protected void putSpi(String key, String value) {
        values.put(key, value);
    }

    @Override
    protected String getSpi(String key) {
        return values.get(key);
    }

    @Override
    protected void removeSpi(String key) {
        values.remove(key);
    }

    @Override
    protected void removeNodeSpi() {
        values.clear();
    }

    @Override
    protected String[] keysSpi() {
        return values.keySet().toArray(String[]::new);
    }

    @Override
    protected String[] childrenNamesSpi() {
        return new String[0];
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
        // Child nodes (such as the recent files) keep their values the same way.
        return new StoredPreferences(this, name);
    }

    @Override
    protected void syncSpi() {
        flushSpi();
    }

    @Override
    protected void flushSpi() {
        stored.clear();
        stored.putAll(values);
    }
}

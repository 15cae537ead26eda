package org.mentorplanner.ui;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.Preferences;
import org.mentorplanner.domain.WorkingHours;
import org.mentorplanner.service.format.DisplayFormats;

/**
 * The choices in Settings that belong to the computer's user rather than to a workspace file:
 * how dates and times are written, and the working hours. Kept in the desktop's preferences (the app's window node),
 * or for this run only (tests, and windows opened without preferences).
 */
public final class UserChoices {

    private static final String HOURS_KEY = "workingHours";

    private final Preferences node;
    private final Locale desktop;

    private UserChoices(Preferences node, Locale desktop) {
        this.node = node;
        this.desktop = desktop;
    }

    /** Kept in {@code node}, between runs, on a desktop that writes dates as {@code desktop} does. */
    public static UserChoices in(Preferences node, Locale desktop) {
        return new UserChoices(node, desktop);
    }

    /** Kept for this run only, on a desktop that writes dates as {@code desktop} does. */
    public static UserChoices inMemory(Locale desktop) {
        return new UserChoices(new MemoryPreferences(), desktop);
    }

    /** The locale of the desktop, which "As the desktop" means. */
    public Locale desktopLocale() {
        return desktop;
    }

    /** The formats the choice made means on this desktop. */
    public DisplayFormats formats() {
        return formatChoice().formats(desktop);
    }

    /** How dates and times are written; {@link FormatChoice#DESKTOP} until one is chosen. */
    public FormatChoice formatChoice() {
        return FormatChoice.load(node);
    }

    /** Keeps {@code choice} for the windows opened from now on. */
    public void chooseFormat(FormatChoice choice) {
        choice.save(node);
    }

    /** Your working hours (Settings); {@link WorkingHours#DEFAULT} until they are set. */
    public WorkingHours workingHours() {
        return WorkingHours.parse(node.get(HOURS_KEY, ""));
    }

    /** Keeps {@code hours}. */
    public void chooseWorkingHours(WorkingHours hours) {
        node.put(HOURS_KEY, hours.text());
    }

    /** Preferences held in a map, gone when the run ends. */
    private static final class MemoryPreferences extends AbstractPreferences {
        private final Map<String, String> values = new HashMap<>();

        MemoryPreferences() {
            super(null, "");
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
            throw new UnsupportedOperationException("no child nodes");
        }

        @Override
        protected void syncSpi() {
        }

        @Override
        protected void flushSpi() {
        }
    }
}

package org.mentorplanner.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import org.mentorplanner.domain.WorkingHours;
import org.mentorplanner.service.format.DisplayFormats;

/**
 * The choices in Settings that belong to the computer's user rather than to a workspace file:
 * how dates and times are written, the working hours, and per database file the mentors the
 * planner showed last (ADR 0039). Kept in the desktop's preferences (the app's window node),
 * or for this run only (tests, and windows opened without preferences).
 */
public final class UserChoices {

    private static final String HOURS_KEY = "workingHours";
    /** Begins the key of a file's shown mentors; a digest of the file's path ends it (keys are at most 80 characters). */
    private static final String SHOWN_MENTORS_KEY = "shownMentors.";

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

    /**
     * The mentors (by id, in the order chosen) the planner on {@code databaseFile} showed when the
     * user last ticked or unticked one; empty until then, or when what is stored cannot be read.
     */
    public Optional<Set<Long>> shownMentors(Path databaseFile) {
        String stored = node.get(shownMentorsKey(databaseFile), null);
        if (stored == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Arrays.stream(stored.split(",")).filter(id -> !id.isBlank())
                    .map(id -> Long.valueOf(id.strip())).collect(Collectors.toCollection(LinkedHashSet::new)));
        } catch (NumberFormatException e) {
            return Optional.empty(); // written by something else: the planner opens as if nothing were stored
        }
    }

    /**
     * Keeps {@code mentorIds} as the mentors shown on {@code databaseFile}, at once (an app that
     * ends without closing its window keeps them too). A list too long for the preferences
     * (over a thousand mentors ticked) is forgotten instead.
     */
    public void chooseShownMentors(Path databaseFile, Set<Long> mentorIds) {
        String key = shownMentorsKey(databaseFile);
        String ids = mentorIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        if (ids.length() > Preferences.MAX_VALUE_LENGTH) {
            node.remove(key);
        } else {
            node.put(key, ids);
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Kept in memory; the preferences write it at the app's end.
        }
    }

    /** The key of {@code databaseFile}'s shown mentors: the same file reached by another path is the same key. */
    private static String shownMentorsKey(Path databaseFile) {
        String path = databaseFile.toAbsolutePath().normalize().toString();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return SHOWN_MENTORS_KEY + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
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

package org.mentorplanner.ui.theme;

import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;

/** Where the user's theme choice is kept between runs. */
public interface ThemeChoiceStore {

    /** The stored choice; {@link ThemeChoice#SYSTEM} when none was made. */
    ThemeChoice load();

    void save(ThemeChoice choice);

    /** In the desktop's preferences under {@code node}: the choice belongs to the computer, not to a workspace file. */
    static ThemeChoiceStore in(Preferences node) {
        return new ThemeChoiceStore() {
            @Override
            public ThemeChoice load() {
                return ThemeChoice.parse(node.get("theme", ThemeChoice.SYSTEM.name()));
            }

            @Override
            public void save(ThemeChoice choice) {
                node.put("theme", choice.name());
            }
        };
    }

    /** Kept for this run only (tests, and windows opened without preferences). */
    static ThemeChoiceStore inMemory() {
        AtomicReference<ThemeChoice> kept = new AtomicReference<>(ThemeChoice.SYSTEM);
        return new ThemeChoiceStore() {
            @Override
            public ThemeChoice load() {
                return kept.get();
            }

            @Override
            public void save(ThemeChoice choice) {
                kept.set(choice);
            }
        };
    }
}

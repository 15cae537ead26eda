package org.mentorplanner.ui.theme;

import java.util.Optional;

/** What the user chose in Settings: follow the desktop, or always light or dark. */
public enum ThemeChoice {
    SYSTEM("Same as the desktop"),
    LIGHT("Light"),
    DARK("Dark");

    private final String label;

    ThemeChoice(String label) {
        this.label = label;
    }

    /** The words the Settings dialog shows. */
    public String label() {
        return label;
    }

    /** The look this choice means, given what the desktop prefers (empty: unknown, light then). */
    public Appearance resolve(Optional<Appearance> desktop) {
        return switch (this) {
            case LIGHT -> Appearance.LIGHT;
            case DARK -> Appearance.DARK;
            case SYSTEM -> desktop.orElse(Appearance.LIGHT);
        };
    }

    /** The choice stored under {@code name}; {@link #SYSTEM} for anything unknown (an older or edited file). */
    public static ThemeChoice parse(String name) {
        for (ThemeChoice choice : values()) {
            if (choice.name().equals(name)) {
                return choice;
            }
        }
        return SYSTEM;
    }
}

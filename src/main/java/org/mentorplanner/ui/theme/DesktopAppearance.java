package org.mentorplanner.ui.theme;

import java.util.Optional;

/**
 * Whether the user's desktop is set to light or dark. JavaFX 21 does not tell (its
 * {@code Platform.Preferences} came in 22), so {@link OsDesktopAppearance} asks the desktop.
 */
@FunctionalInterface
public interface DesktopAppearance {

    /** The desktop's preference; empty when it cannot be read. Slow (runs a program): never on the FX thread. */
    Optional<Appearance> read();
}

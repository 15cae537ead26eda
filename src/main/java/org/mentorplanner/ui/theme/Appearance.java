package org.mentorplanner.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/**
 * A look the window can have: AtlantaFX's Primer theme for the controls plus our palette
 * (colours of blocks, panels and messages) for the same light or dark. See ADR 0027.
 */
public enum Appearance {
    LIGHT("light.css"),
    DARK("dark.css");

    private final String palette;

    Appearance(String palette) {
        this.palette = palette;
    }

    /** The AtlantaFX user-agent stylesheet that styles every control in every window. */
    public String userAgentStylesheet() {
        return this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    /** Our palette: the {@code -mp-*} and CalendarFX colours our stylesheets look up. */
    public String paletteStylesheet() {
        return Appearance.class.getResource(palette).toExternalForm();
    }

    /** The palette's resource name beside this class (for the contrast test). */
    public String paletteResource() {
        return palette;
    }
}

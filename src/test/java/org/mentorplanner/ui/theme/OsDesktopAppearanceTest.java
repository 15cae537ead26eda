package org.mentorplanner.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The desktop's light/dark setting as each system prints it. */
class OsDesktopAppearanceTest {

    @Test
    void gnomeColorSchemeSaysDarkLightOrNothing() {
        assertThat(OsDesktopAppearance.fromGnomeColorScheme("'prefer-dark'\n")).contains(Appearance.DARK);
        assertThat(OsDesktopAppearance.fromGnomeColorScheme("'prefer-light'")).contains(Appearance.LIGHT);
        assertThat(OsDesktopAppearance.fromGnomeColorScheme("'default'")).isEmpty();
    }

    @Test
    void aGtkThemeNamedDarkIsDark() {
        assertThat(OsDesktopAppearance.fromGtkThemeName("'Adwaita-dark'")).contains(Appearance.DARK);
        assertThat(OsDesktopAppearance.fromGtkThemeName("'Yaru'")).contains(Appearance.LIGHT);
        assertThat(OsDesktopAppearance.fromGtkThemeName("")).isEmpty();
    }

    @Test
    void macAndWindowsSettings() {
        assertThat(OsDesktopAppearance.fromMacStyle("Dark\n")).isEqualTo(Appearance.DARK);
        assertThat(OsDesktopAppearance.fromWindowsRegistry("""

                HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize
                    AppsUseLightTheme    REG_DWORD    0x0
                """)).contains(Appearance.DARK);
        assertThat(OsDesktopAppearance.fromWindowsRegistry("    AppsUseLightTheme    REG_DWORD    0x1")).contains(Appearance.LIGHT);
        assertThat(OsDesktopAppearance.fromWindowsRegistry("ERROR: not found")).isEmpty();
    }

    @Test
    void aDesktopWithoutTheProgramsIsUnknownNotAFailure() {
        assertThat(new OsDesktopAppearance("Plan 9").read()).isIn(Optional.empty(), Optional.of(Appearance.LIGHT),
                Optional.of(Appearance.DARK));
    }
}

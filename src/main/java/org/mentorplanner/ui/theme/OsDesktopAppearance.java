package org.mentorplanner.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the desktop's light/dark setting the way each system stores it: GNOME's
 * {@code color-scheme} (then the GTK theme's name, "…-dark"), macOS's {@code AppleInterfaceStyle},
 * Windows' {@code AppsUseLightTheme}. Anything that fails or takes long means "unknown"; the
 * app then starts light and never fails because of it.
 */
public final class OsDesktopAppearance implements DesktopAppearance {

    private static final Logger LOG = LoggerFactory.getLogger(OsDesktopAppearance.class);
    private static final long TIMEOUT_SECONDS = 3;
    private final String osName;

    public OsDesktopAppearance() {
        this(System.getProperty("os.name", ""));
    }

    OsDesktopAppearance(String osName) {
        this.osName = osName.toLowerCase(Locale.ROOT);
    }

    @Override
    public Optional<Appearance> read() {
        if (osName.contains("mac")) {
            // The key exists ("Dark") only in dark mode; in light mode `defaults` fails.
            return run(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(OsDesktopAppearance::fromMacStyle).or(() -> Optional.of(Appearance.LIGHT));
        }
        if (osName.contains("win")) {
            return run(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).flatMap(OsDesktopAppearance::fromWindowsRegistry);
        }
        return run(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"))
                .flatMap(OsDesktopAppearance::fromGnomeColorScheme)
                .or(() -> run(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                        .flatMap(OsDesktopAppearance::fromGtkThemeName));
    }

    /** GNOME 42+: {@code 'prefer-dark'}, {@code 'prefer-light'} or {@code 'default'} (unknown: ask the GTK theme). */
    static Optional<Appearance> fromGnomeColorScheme(String output) {
        String value = output.strip().replace("'", "");
        return switch (value) {
            case "prefer-dark" -> Optional.of(Appearance.DARK);
            case "prefer-light" -> Optional.of(Appearance.LIGHT);
            default -> Optional.empty();
        };
    }

    /** Older GNOME and other GTK desktops: a theme named like {@code 'Adwaita-dark'} is dark. */
    static Optional<Appearance> fromGtkThemeName(String output) {
        String name = output.strip().replace("'", "");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(name.toLowerCase(Locale.ROOT).contains("dark") ? Appearance.DARK : Appearance.LIGHT);
    }

    /** macOS: {@code Dark} when dark; the caller treats a missing key as light. */
    static Appearance fromMacStyle(String output) {
        return output.strip().equalsIgnoreCase("dark") ? Appearance.DARK : Appearance.LIGHT;
    }

    /** Windows: {@code AppsUseLightTheme    REG_DWORD    0x0} is dark, {@code 0x1} light. */
    static Optional<Appearance> fromWindowsRegistry(String output) {
        for (String line : output.split("\\R")) {
            String[] words = line.strip().split("\\s+");
            if (words.length == 3 && words[0].equals("AppsUseLightTheme")) {
                return Optional.of(words[2].equals("0x0") ? Appearance.DARK : Appearance.LIGHT);
            }
        }
        return Optional.empty();
    }

    /** The program's standard output when it ran and succeeded in time; empty otherwise. */
    private static Optional<String> run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (InputStream out = process.getInputStream()) {
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return Optional.empty();
                }
                String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
                return process.exitValue() == 0 ? Optional.of(text) : Optional.empty();
            }
        } catch (IOException e) {
            LOG.debug("could not ask the desktop for its theme with {}", command.getFirst(), e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}

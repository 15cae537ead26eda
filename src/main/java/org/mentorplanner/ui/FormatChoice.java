package org.mentorplanner.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.mentorplanner.service.format.ClockStyle;
import org.mentorplanner.service.format.DisplayFormats;

/**
 * The user's choice of how dates and times are written (Settings): a locale, or none for the
 * desktop's, and 12 or 24 hours. Kept in the desktop's preferences, like the theme: it belongs to
 * the computer's user, not to a workspace file. Read when a window opens.
 *
 * @param languageTag a BCP 47 tag such as {@code de-DE}, or empty for the desktop's locale
 * @param clock 12 or 24 hours, or as the locale writes times
 */
public record FormatChoice(String languageTag, ClockStyle clock) {

    /** The desktop's locale and its own clock. */
    public static final FormatChoice DESKTOP = new FormatChoice("", ClockStyle.LOCALE);

    private static final String LOCALE_KEY = "formatLocale";
    private static final String CLOCK_KEY = "formatClock";

    public FormatChoice {
        languageTag = languageTag == null ? "" : languageTag.strip();
        clock = clock == null ? ClockStyle.LOCALE : clock;
    }

    /** The locale chosen, if one was. */
    public Optional<Locale> locale() {
        return languageTag.isEmpty() ? Optional.empty() : Optional.of(Locale.forLanguageTag(languageTag));
    }

    /** The formats this choice means on a desktop whose locale is {@code desktop}. */
    public DisplayFormats formats(Locale desktop) {
        return DisplayFormats.of(locale().orElse(desktop), clock);
    }

    /** The choice kept in {@code node}; {@link #DESKTOP} when none was made. */
    public static FormatChoice load(Preferences node) {
        return new FormatChoice(node.get(LOCALE_KEY, ""), ClockStyle.parse(node.get(CLOCK_KEY, "")));
    }

    /** Keeps this choice in {@code node}. */
    public void save(Preferences node) {
        node.put(LOCALE_KEY, languageTag);
        node.put(CLOCK_KEY, clock.name());
    }
}

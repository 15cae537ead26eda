package org.mentorplanner.busy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Outlook's and Exchange's Windows zone names ("W. Europe Standard Time") in iCalendar text.
 * Outlook usually sends a VTIMEZONE for each, which ical4j reads like any other; some exports
 * (and hand-edited files) name the zone without defining it, and ical4j refuses those. This
 * rewrites such TZIDs to the IANA zone the Unicode CLDR maps the name to, before parsing.
 */
final class WindowsZoneNames {

    private static final Properties TABLE = load();
    /** A TZID parameter's value, quoted or not. */
    private static final Pattern TZID_PARAMETER = Pattern.compile("(;TZID=)(\"?)([^\";:\r\n]+)(\"?)", Pattern.CASE_INSENSITIVE);
    /** The TZID property of a VTIMEZONE. */
    private static final Pattern TZID_PROPERTY = Pattern.compile("(?m)^TZID[^:\r\n]*:([^\r\n]+)$");

    private WindowsZoneNames() {
    }

    /** The IANA zone a Windows zone name stands for, if it is one. */
    static Optional<ZoneId> zoneOf(String windowsName) {
        String id = TABLE.getProperty(windowsName.strip());
        try {
            return id == null ? Optional.empty() : Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The TZIDs that {@code icsText}'s properties name but no VTIMEZONE of it defines: ical4j
     * resolves those only when they are registered before parsing.
     */
    static Set<String> undefined(String icsText) {
        Set<String> defined = defined(icsText);
        Set<String> named = new HashSet<>();
        Matcher parameter = TZID_PARAMETER.matcher(icsText);
        while (parameter.find()) {
            String name = parameter.group(3).strip();
            if (!defined.contains(name)) {
                named.add(name);
            }
        }
        return named;
    }

    private static Set<String> defined(String icsText) {
        Set<String> defined = new HashSet<>();
        Matcher property = TZID_PROPERTY.matcher(icsText);
        while (property.find()) {
            defined.add(property.group(1).strip());
        }
        return defined;
    }

    /** {@code icsText} with every Windows zone name that has no VTIMEZONE in it replaced by its IANA zone. */
    static String resolve(String icsText) {
        if (!icsText.contains("Time") && !icsText.contains("UTC")) {
            return icsText; // no Windows names: the usual case for Google and Apple, kept cheap
        }
        Set<String> defined = defined(icsText);
        Matcher parameter = TZID_PARAMETER.matcher(icsText);
        StringBuilder out = new StringBuilder(icsText.length());
        while (parameter.find()) {
            String name = parameter.group(3).strip();
            String replacement = parameter.group();
            if (!defined.contains(name) && TABLE.getProperty(name) != null) {
                replacement = parameter.group(1) + TABLE.getProperty(name);
            }
            parameter.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        parameter.appendTail(out);
        return out.toString();
    }

    private static Properties load() {
        Properties table = new Properties();
        try (InputStream in = WindowsZoneNames.class.getResourceAsStream("windows-zones.properties")) {
            if (in == null) {
                throw new IllegalStateException("windows-zones.properties is missing from the class path");
            }
            table.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}

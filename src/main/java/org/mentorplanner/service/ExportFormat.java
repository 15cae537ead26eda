package org.mentorplanner.service;

import java.util.Locale;
import org.mentorplanner.domain.InvalidInputException;

/** The formats booking links are exported in. */
public enum ExportFormat {
    /** iCalendar (RFC 5545) for calendar apps. */
    ICS,
    /** A static site of booking pages. */
    HTML,
    /** One spreadsheet row per session. */
    CSV,
    /** Machine-readable, schema in docs/booking-links-json.md. */
    JSON;

    /** Parses "ics", "html", "csv" or "json", ignoring case. */
    public static ExportFormat parse(String text) {
        String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.name().equals(key)) {
                return format;
            }
        }
        throw new InvalidInputException("Unknown export format '" + (text == null ? "" : text.strip())
                + "': use ics, html, csv or json.");
    }

    /** "ics", "html", … */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

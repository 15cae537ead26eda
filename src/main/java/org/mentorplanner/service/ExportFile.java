package org.mentorplanner.service;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One file of an export.
 *
 * @param name    plain file name inside the export folder (no folders, no "..")
 * @param content the bytes to write
 */
public record ExportFile(String name, byte[] content) {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public ExportFile {
        Objects.requireNonNull(content, "content");
        if (name == null || !SAFE_NAME.matcher(name).matches() || name.contains("..")) {
            throw new IllegalArgumentException("not a plain file name: " + name);
        }
    }

    /** A text file in UTF-8. */
    public static ExportFile text(String name, CharSequence text) {
        return new ExportFile(name, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The content as UTF-8 text. */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}

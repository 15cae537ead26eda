package org.mentorplanner.export;

/**
 * Folds iCalendar content lines at 75 octets of UTF-8 (RFC 5545 §3.1). A fold never splits a
 * character (ical4j's own folding counts characters, which makes lines of non-ASCII text too long).
 */
public final class IcsFolding {

    private static final int MAX_OCTETS = 75;

    private IcsFolding() {
    }

    /** {@code unfolded} (lines ending in CRLF) with every line longer than 75 octets folded. */
    public static String fold(CharSequence unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 50);
        int octets = 0;
        for (int i = 0; i < unfolded.length(); ) {
            int codePoint = Character.codePointAt(unfolded, i);
            int chars = Character.charCount(codePoint);
            if (codePoint == '\r' || codePoint == '\n') {
                out.append((char) codePoint);
                octets = 0;
                i += chars;
                continue;
            }
            int size = utf8Length(codePoint);
            if (octets + size > MAX_OCTETS) {
                // The continuation line starts with a space, which counts towards its 75 octets.
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += chars;
        }
        return out.toString();
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}

package org.mentorplanner.export;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.service.DescribedSession;

/**
 * Writes one spreadsheet row per session (RFC 4180: CRLF line ends, fields with a comma, quote or
 * line break in double quotes, quotes doubled). Safe to open in a spreadsheet: a text cell that
 * starts with {@code = + - @}, a tab or a carriage return would be taken for a formula, so it gets
 * a leading apostrophe, which spreadsheets show as plain text. The file starts with a UTF-8 byte
 * order mark so spreadsheets read names in any script correctly.
 */
public final class CsvExporter {

    /** The header row; the column order is part of the format. */
    public static final List<String> COLUMNS = List.of("session_id", "uid", "status", "title", "mentor_name",
            "mentor_email", "mentee_name", "mentee_email", "date", "start_time", "end_time", "time_zone", "start_utc",
            "end_utc", "duration_minutes", "method", "location", "place", "meeting_url", "groups", "notes",
            "booking_url", "revision");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final char BOM = '\uFEFF';

    /** The whole file. */
    public String write(List<DescribedSession> sessions) {
        StringBuilder out = new StringBuilder(128 + sessions.size() * 400);
        out.append(BOM);
        row(out, COLUMNS);
        for (DescribedSession view : sessions) {
            MentorshipSession session = view.session();
            row(out, List.of(
                    Long.toString(session.id()),
                    SessionText.uid(session),
                    SessionText.state(session),
                    session.displayTitle(),
                    view.mentor() == null ? "" : view.mentor().name(),
                    view.mentor() == null ? "" : view.mentor().email(),
                    view.mentee() == null ? "" : view.mentee().name(),
                    view.mentee() == null ? "" : view.mentee().email(),
                    session.start().toLocalDate().toString(),
                    TIME.format(session.start()),
                    TIME.format(session.end()),
                    session.zone().getId(),
                    session.startInstant().toString(),
                    session.endInstant().toString(),
                    Long.toString(session.details().duration().toMinutes()),
                    session.details().method().label(),
                    view.location() == null ? "" : view.location().name(),
                    session.details().place() == null ? "" : session.details().place(),
                    nullToEmpty(SessionText.meetingUrl(view)),
                    SessionText.groups(view),
                    session.details().notes(),
                    nullToEmpty(view.bookingUrl()),
                    Integer.toString(session.revision())));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            cell(out, cells.get(i));
        }
        out.append("\r\n");
    }

    /** One field: neutralised against formulas, then quoted when needed. */
    static void cell(StringBuilder out, String value) {
        String text = neutralise(value);
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.append(text);
            return;
        }
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }

    /** Prefixes an apostrophe to text a spreadsheet would run as a formula. */
    static String neutralise(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

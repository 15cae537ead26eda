package org.mentorplanner.service;

import java.time.Instant;
import java.util.List;
import org.mentorplanner.service.SessionFields.Field;

/**
 * An open conflict, ready to show: the session, the fields changed on both sides, and each
 * side's values.
 *
 * @param sessionId the local session
 * @param title     its title
 * @param fields    the conflicting fields
 * @param mine      the local session's fields when the conflict was found
 * @param theirs    the server's event's fields then
 * @param foundAt   when the sync found it
 */
public record SyncConflictView(long sessionId, String title, List<Field> fields, SessionFields mine, SessionFields theirs,
                               Instant foundAt) {

    public SyncConflictView {
        fields = List.copyOf(fields);
    }

    /** "start: mine 2026-12-01T10:00, theirs 2026-12-01T11:00; notes: ...". */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (Field field : fields) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(field.label()).append(": mine \"").append(oneLine(mine.get(field)))
                .append("\", theirs \"").append(oneLine(theirs.get(field))).append('"');
        }
        return text.toString();
    }

    private static String oneLine(String value) {
        String line = value.replace('\n', ' ');
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }
}

package org.mentorplanner.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A session as the planning calendar carries it: every field a planner edits, in words that
 * mean the same in every database (people by email, places and groups by name, the start as
 * wall-clock time in the zone). The unit of the three-way merge (ADR 0018): two copies are
 * compared field by field. Values are text, empty for "none"; equal text is an equal field.
 */
public final class SessionFields {

    /** The fields a sync merges one by one. */
    public enum Field {
        TITLE("title"), NOTES("notes"), MENTOR("mentor"), MENTEE("mentee"), LOCATION("location"), ZONE("zone"),
        START("start"), DURATION("duration"), METHOD("method"), MEETING_URL("meeting URL"), PLACE("place"),
        GROUPS("groups"), STATUS("status"), SERIES("series"), BOOKING_TOKEN("booking link");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        /** How a message names the field: "start", "meeting URL". */
        public String label() {
            return label;
        }
    }

    private final Map<Field, String> values;

    private SessionFields(Map<Field, String> values) {
        this.values = values;
    }

    /** Fields from a map; a field left out is empty. */
    public static SessionFields of(Map<Field, String> given) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            String value = given.get(field);
            values.put(field, value == null ? "" : value);
        }
        return new SessionFields(values);
    }

    public String get(Field field) {
        return values.get(field);
    }

    /** These fields with one changed. */
    public SessionFields with(Field field, String value) {
        Map<Field, String> copy = new EnumMap<>(values);
        copy.put(field, value == null ? "" : value);
        return new SessionFields(copy);
    }

    /** The fields whose values differ from {@code other}'s, in declaration order. */
    public List<Field> differences(SessionFields other) {
        List<Field> changed = new ArrayList<>();
        for (Field field : Field.values()) {
            if (!get(field).equals(other.get(field))) {
                changed.add(field);
            }
        }
        return changed;
    }

    /** The stored text form: one "NAME=value" line per field, backslash and line breaks escaped. */
    public String toText() {
        StringBuilder text = new StringBuilder(256);
        for (Field field : Field.values()) {
            text.append(field.name()).append('=');
            String value = get(field);
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** Reads {@link #toText()}; unknown names (a newer app's fields) are ignored. */
    public static SessionFields fromText(String text) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        for (String line : text.split("\n")) {
            int equals = line.indexOf('=');
            if (equals < 0) {
                continue;
            }
            Field field;
            try {
                field = Field.valueOf(line.substring(0, equals));
            } catch (IllegalArgumentException e) {
                continue;
            }
            StringBuilder value = new StringBuilder(line.length() - equals);
            for (int i = equals + 1; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\' && i + 1 < line.length()) {
                    char next = line.charAt(++i);
                    value.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
                } else {
                    value.append(c);
                }
            }
            values.put(field, value.toString());
        }
        return of(values);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SessionFields fields && values.equals(fields.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }

    @Override
    public String toString() {
        return "SessionFields" + values;
    }
}

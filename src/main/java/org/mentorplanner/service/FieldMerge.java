package org.mentorplanner.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.mentorplanner.service.SessionFields.Field;

/**
 * The three-way merge of one session (ADR 0018): each field is compared with the base, the copy
 * both sides last agreed on. A field changed on one side only takes that side's value; a field
 * changed on both sides to different values is a conflict and keeps the local value here.
 *
 * @param merged    every field merged; conflicting fields hold the local value
 * @param conflicts the fields changed differently on both sides, empty when the merge is clean
 */
public record FieldMerge(SessionFields merged, List<Field> conflicts) {

    public FieldMerge {
        conflicts = List.copyOf(conflicts);
    }

    /** Merges {@code mine} and {@code theirs} against {@code base}. */
    public static FieldMerge of(SessionFields base, SessionFields mine, SessionFields theirs) {
        Map<Field, String> merged = new EnumMap<>(Field.class);
        List<Field> conflicts = new ArrayList<>();
        for (Field field : Field.values()) {
            String b = base.get(field);
            String m = mine.get(field);
            String t = theirs.get(field);
            if (m.equals(t) || t.equals(b)) {
                merged.put(field, m);
            } else if (m.equals(b)) {
                merged.put(field, t);
            } else {
                merged.put(field, m);
                conflicts.add(field);
            }
        }
        return new FieldMerge(SessionFields.of(merged), conflicts);
    }

    public boolean isClean() {
        return conflicts.isEmpty();
    }
}

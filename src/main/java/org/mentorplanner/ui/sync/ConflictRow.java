package org.mentorplanner.ui.sync;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.BiConsumer;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mentorplanner.service.SessionFields.Field;
import org.mentorplanner.service.SyncConflictView;
import org.mentorplanner.service.format.DisplayFormats;

/**
 * One conflict of the planning calendar in the sync dialog: the session, each field changed on
 * both sides with this planner's value and the server's, and "Keep mine" / "Keep theirs".
 */
final class ConflictRow {

    /** Values longer than this are cut, so one long note does not widen the dialog. */
    private static final int MAX_VALUE = 80;

    private ConflictRow() {
    }

    /**
     * The row for {@code conflict}; a click on a button calls {@code keep} with the session id and
     * whether mine is kept.
     */
    static VBox of(SyncConflictView conflict, BiConsumer<Long, Boolean> keep, DisplayFormats formats) {
        Label title = new Label("⚠ " + conflict.title() + " (session " + conflict.sessionId() + ")");
        title.getStyleClass().add("conflict-title");
        VBox row = new VBox(4, title);
        for (Field field : conflict.fields()) {
            Label line = new Label(capitalised(field.label()) + ": mine \"" + shown(field, conflict.mine().get(field), formats)
                    + "\", theirs \"" + shown(field, conflict.theirs().get(field), formats) + "\"");
            line.setWrapText(true);
            line.getStyleClass().add("conflict-field");
            row.getChildren().add(line);
        }
        Button mine = new Button("Keep _mine");
        mine.setId("keepMine-" + conflict.sessionId());
        mine.setAccessibleText("Keep this planner's " + fieldNames(conflict) + " of " + conflict.title());
        mine.setOnAction(e -> keep.accept(conflict.sessionId(), true));
        Button theirs = new Button("Keep _theirs");
        theirs.setId("keepTheirs-" + conflict.sessionId());
        theirs.setAccessibleText("Keep the planning calendar's " + fieldNames(conflict) + " of " + conflict.title());
        theirs.setOnAction(e -> keep.accept(conflict.sessionId(), false));
        row.getChildren().add(new HBox(8, mine, theirs));
        row.getStyleClass().add("conflict-row");
        row.setId("conflict-" + conflict.sessionId());
        row.setAccessibleRole(AccessibleRole.TEXT);
        row.setAccessibleText("Conflict on " + conflict.title() + ": " + conflict.describe());
        return row;
    }

    private static String fieldNames(SyncConflictView conflict) {
        return String.join(" and ", conflict.fields().stream().map(Field::label).toList());
    }

    /** A start reads as a date and time ("Thu 3 Dec 2026 11:00"); other values as they are. */
    private static String shown(Field field, String value, DisplayFormats formats) {
        if (field == Field.START) {
            try {
                return formats.dayAndTime(LocalDateTime.parse(value));
            } catch (DateTimeParseException e) {
                return shown(value); // not a plain local date-time: show what the event holds
            }
        }
        return shown(value);
    }

    private static String shown(String value) {
        String line = value.isEmpty() ? "(empty)" : value.replace('\n', ' ');
        return line.length() > MAX_VALUE ? line.substring(0, MAX_VALUE - 1) + "…" : line;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

package org.mentorplanner.ui;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The pieces every form of the app is built of: the two-column grid, field labels, hints, the problem box. */
public final class FormLayout {

    private FormLayout() {
    }

    /** A grid of right-aligned labels at least {@code labelWidth} wide and fields that grow from {@code fieldWidth}. */
    public static GridPane form(double labelWidth, double fieldWidth) {
        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        form.setHgap(12);
        form.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(labelWidth);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(fieldWidth);
        form.getColumnConstraints().addAll(labels, fields);
        return form;
    }

    /** The label of {@code field}, tied to it for screen readers. */
    public static Label fieldLabel(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.getStyleClass().add("field-label");
        return label;
    }

    /** {@link #fieldLabel} at the top of its row, for a field taller than one line. */
    public static Label topFieldLabel(String text, Node field) {
        Label label = fieldLabel(text, field);
        GridPane.setValignment(label, VPos.TOP);
        return label;
    }

    /** Small grey text that wraps rather than end in "…". */
    public static Label hint(Label label) {
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** The box that lists what is wrong: wraps, and takes no room while hidden. */
    public static Label problems(Label label) {
        label.getStyleClass().add("problems");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}

package org.mentorplanner.ui;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/** The pieces every form of the app is built of: the two-column grid, field labels, hints, the problem box. */
public final class FormLayout {

    /** The look of every form dialog (root style class {@code form-dialog}). */
    public static final String STYLESHEET = FormLayout.class.getResource("dialog.css").toExternalForm();

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

    /**
     * Marks wrong fields with a red outline (style class {@code field-error}) instead of
     * ControlsFX's icon, which sat on the field's corner and covered what was typed there; the
     * form's problems label says what is wrong.
     */
    public static void markFields(ValidationSupport validation) {
        validation.setValidationDecorator(
                new StyleClassValidationDecoration("field-error", "field-warning"));
    }

    /** Small grey text that wraps rather than end in "…". */
    public static Label hint(Label label) {
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * Lays out the row that shows a running task in {@code row}: a full-width {@code bar} with its
     * {@code message} below, hidden (and taking no room) until the row is made visible.
     */
    public static VBox taskProgress(VBox row, ProgressBar bar, Label message) {
        bar.setMaxWidth(Double.MAX_VALUE);
        hint(message);
        row.getChildren().setAll(bar, message);
        row.managedProperty().bind(row.visibleProperty());
        row.setVisible(false);
        return row;
    }

    /** Styles {@code label} as the form's message line; hidden, it takes no room. */
    public static Label problems(Label label) {
        label.getStyleClass().add("problems");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /**
     * Styles {@code label} as the message line right above a form's buttons. It keeps its room
     * while hidden (at least two lines, {@code dialog.css}), so the buttons below do not move
     * under the pointer when a message appears or goes.
     */
    public static Label problemsKeepingRoom(Label label) {
        label.getStyleClass().addAll("problems", "keeps-room");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** The buttons under a form: {@code primary} answers Enter, {@code cancel} Escape, in the platform's order. */
    public static ButtonBar buttons(Button primary, Button cancel) {
        ButtonBar buttons = new ButtonBar();
        ButtonBar.setButtonData(primary, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        buttons.getButtons().addAll(primary, cancel);
        primary.getStyleClass().add("primary");
        primary.setDefaultButton(true);
        cancel.setCancelButton(true);
        return buttons;
    }
}

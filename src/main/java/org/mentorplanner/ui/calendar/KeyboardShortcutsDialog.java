package org.mentorplanner.ui.calendar;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.mentorplanner.ui.DialogWindow;
import org.mentorplanner.ui.FormLayout;

/** Help → Keyboard shortcuts: every row of {@link PlannerShortcut}, by where it works. */
final class KeyboardShortcutsDialog {

    private final BorderPane root = new BorderPane();
    private DialogWindow window;

    KeyboardShortcutsDialog() {
        root.getStyleClass().addAll("form-dialog", "shortcuts-dialog");
        root.getStylesheets().add(FormLayout.STYLESHEET);
        Label heading = new Label("Keyboard shortcuts");
        heading.getStyleClass().add("dialog-heading");
        VBox top = new VBox(heading);
        top.getStyleClass().add("dialog-top");

        GridPane table = new GridPane();
        table.setId("shortcutTable");
        table.setHgap(18);
        table.setVgap(5);
        int row = 0;
        PlannerShortcut.Scope scope = null;
        for (PlannerShortcut shortcut : PlannerShortcut.values()) {
            if (shortcut.scope() != scope) {
                scope = shortcut.scope();
                Label section = new Label(scope.title());
                section.getStyleClass().add("section-heading");
                GridPane.setMargin(section, new Insets(row == 0 ? 0 : 10, 0, 2, 0));
                table.add(section, 0, row++, 2, 1);
            }
            Label keys = new Label(shortcut.keysText());
            keys.getStyleClass().add("shortcut-keys");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(shortcut.description());
            what.getStyleClass().add("field-label");
            what.setWrapText(true);
            what.setLabelFor(keys);
            table.addRow(row++, keys, what);
        }
        ScrollPane scroll = new ScrollPane(table);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        scroll.getStyleClass().add("edge-to-edge");

        Button close = new Button("_Close");
        close.setId("close");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(e -> close());
        ButtonBar buttons = new ButtonBar();
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        buttons.getButtons().add(close);
        VBox bottom = new VBox(buttons);
        bottom.getStyleClass().add("dialog-bottom");

        root.setTop(top);
        root.setCenter(scroll);
        root.setBottom(bottom);
        root.setPrefWidth(680);
    }

    void show(Window owner) {
        window = new DialogWindow(root, "Keyboard shortcuts", owner, this::close);
        window.show();
    }

    void close() {
        if (window != null) {
            window.close();
        }
    }
}

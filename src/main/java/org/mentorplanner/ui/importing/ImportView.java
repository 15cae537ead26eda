package org.mentorplanner.ui.importing;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mentorplanner.ui.FormLayout;

/** The import dialog's controls and layout; {@link ImportPresenter} gives them life. */
final class ImportView {

    final RadioButton people = kind(ImportKind.PEOPLE, "importPeople");
    final RadioButton places = kind(ImportKind.PLACES, "importPlaces");
    final ToggleGroup kind = new ToggleGroup();
    final Label header = new Label();
    final Label example = new Label();
    final Label rules = new Label();
    final Label problems = new Label();
    final Label summary = new Label();
    final Button choose = new Button("C_hoose CSV file…");
    final Button close = new Button("_Close");
    final BorderPane root = new BorderPane();

    ImportView() {
        root.getStyleClass().addAll("form-dialog", "import-dialog");
        root.getStylesheets().add(FormLayout.STYLESHEET);
        header.setId("expectedHeader");
        example.setId("exampleRow");
        problems.setId("problems");
        summary.setId("summary");
        choose.setId("chooseFile");
        close.setId("close");
        people.setToggleGroup(kind);
        places.setToggleGroup(kind);

        // The header and the example row are what a user copies into a spreadsheet: monospaced.
        header.setStyle("-fx-font-family: monospace;");
        example.setStyle("-fx-font-family: monospace;");
        header.setWrapText(true);
        FormLayout.hint(example);
        FormLayout.hint(rules);

        GridPane form = FormLayout.form(110, 420);
        HBox kinds = new HBox(18, people, places);
        form.addRow(0, FormLayout.fieldLabel("Import", people), kinds);
        form.addRow(1, FormLayout.topFieldLabel("First line", header), new VBox(4, header, example, rules));

        Label heading = new Label("Import people or places");
        heading.getStyleClass().add("dialog-heading");
        Label intro = FormLayout.hint(new Label("Adds or updates them from a CSV file saved as UTF-8 whose first line names the "
                + "columns. All or nothing: if a row is wrong, nothing is imported and you are told which row to fix."));
        VBox top = new VBox(4, heading, intro);
        top.getStyleClass().add("dialog-top");

        FormLayout.problemsKeepingRoom(problems);
        problems.setVisible(false);
        summary.setWrapText(true);
        summary.getStyleClass().add("summary");
        summary.managedProperty().bind(summary.visibleProperty());
        summary.setVisible(false);

        ButtonBar buttons = FormLayout.buttons(choose, close);
        VBox bottom = new VBox(10, problems, summary, buttons);
        bottom.getStyleClass().add("dialog-bottom");

        root.setTop(top);
        root.setCenter(form);
        root.setBottom(bottom);
        root.setPrefWidth(620);
    }

    private static RadioButton kind(ImportKind kind, String id) {
        RadioButton button = new RadioButton(kind.label);
        button.setId(id);
        button.setUserData(kind);
        return button;
    }
}

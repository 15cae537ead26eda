package org.mentorplanner.ui.export;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;
import org.mentorplanner.domain.Person;
import org.mentorplanner.service.ExportFormat;
import org.mentorplanner.ui.DisplayConverter;
import org.mentorplanner.ui.FormLayout;

/** The export dialog's controls and layout; {@link ExportPresenter} gives them life. */
final class ExportView {

    final RadioButton ics = format(ExportFormat.ICS, "ICS calendar");
    final RadioButton html = format(ExportFormat.HTML, "HTML booking pages");
    final RadioButton csv = format(ExportFormat.CSV, "CSV");
    final RadioButton json = format(ExportFormat.JSON, "JSON");
    final ToggleGroup format = new ToggleGroup();
    final CheckBox icsPerMentor = new CheckBox("One calendar per mentor");
    final Label formatHint = new Label();
    final ComboBox<String> audience = new ComboBox<>();
    final CheckListView<Person> mentors = new CheckListView<>();
    final Hyperlink allMentors = new Hyperlink("All");
    final Hyperlink noMentors = new Hyperlink("None");
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final TextField folder = new TextField();
    final Button chooseFolder = new Button("C_hoose…");
    final Label folderHint = new Label();
    final Label problems = new Label();
    final VBox running = new VBox(4);
    final ProgressBar progress = new ProgressBar(0);
    final Label progressMessage = new Label();
    final VBox outcome = new VBox(6);
    final Label summary = new Label();
    final Hyperlink openFolder = new Hyperlink("Open the folder");
    final Label openFallback = new Label();
    final Button export = new Button("_Export");
    final Button close = new Button("_Close");
    final BorderPane root = new BorderPane();

    ExportView() {
        root.getStyleClass().addAll("form-dialog", "export-dialog");
        root.getStylesheets().addAll(FormLayout.STYLESHEET,
                ExportView.class.getResource("export.css").toExternalForm());
        for (RadioButton button : new RadioButton[] {ics, html, csv, json}) {
            button.setToggleGroup(format);
        }
        icsPerMentor.setId("icsPerMentor");
        formatHint.setId("formatHint");
        audience.setId("audience");
        mentors.setId("mentors");
        allMentors.setId("allMentors");
        noMentors.setId("noMentors");
        from.setId("from");
        to.setId("to");
        folder.setId("folder");
        chooseFolder.setId("chooseFolder");
        problems.setId("problems");
        progress.setId("exportProgress");
        progressMessage.setId("progressMessage");
        summary.setId("summary");
        openFolder.setId("openFolder");
        openFallback.setId("openFallback");
        export.setId("export");
        close.setId("close");

        audience.setConverter(DisplayConverter.of(AudienceText::of));
        audience.setMaxWidth(Double.MAX_VALUE);
        mentors.setCellFactory(list -> new CheckBoxListCell<>(
                mentors::getItemBooleanProperty, DisplayConverter.of(Person::name)) {
            @Override
            public void updateItem(Person item, boolean empty) {
                super.updateItem(item, empty);
                // The tick box is the cell's graphic, beside the name: a screen reader needs the name on it.
                if (getGraphic() != null) {
                    getGraphic().setAccessibleText(empty || item == null ? null : "Export " + item.name());
                }
            }
        });
        mentors.setPrefHeight(132);
        to.setPromptText("No end");
        from.setPrefWidth(150);
        to.setPrefWidth(150);
        folder.setPromptText("/home/me/booking-links");
        HBox.setHgrow(folder, Priority.ALWAYS);
        FormLayout.hint(formatHint);
        FormLayout.hint(folderHint);

        GridPane form = FormLayout.form(90, 420);
        int row = 0;
        HBox formats = new HBox(14, ics, html, csv, json);
        formats.setAlignment(Pos.CENTER_LEFT);
        form.addRow(row++, FormLayout.topFieldLabel("Format", ics), new VBox(6, formats, icsPerMentor, formatHint));
        form.addRow(row++, FormLayout.fieldLabel("Audience", audience), audience);
        HBox mentorLinks = new HBox(2, new Label("Select:"), allMentors, noMentors);
        mentorLinks.setAlignment(Pos.CENTER_LEFT);
        mentorLinks.getStyleClass().add("hint");
        form.addRow(row++, FormLayout.topFieldLabel("Mentors", mentors), new VBox(2, mentors, mentorLinks));
        Label toLabel = new Label("to");
        toLabel.setLabelFor(to);
        to.setAccessibleText("Last day (empty: no end)");
        HBox dates = new HBox(8, from, toLabel, to);
        dates.setAlignment(Pos.CENTER_LEFT);
        form.addRow(row++, FormLayout.fieldLabel("Days", from), dates);
        HBox folderRow = new HBox(6, folder, chooseFolder);
        form.addRow(row, FormLayout.fieldLabel("Folder", folder), new VBox(4, folderRow, folderHint));

        Label heading = new Label("Export booking links");
        heading.getStyleClass().add("dialog-heading");
        Label intro = new Label("Published sessions the audience may see, with their booking links. "
                + "Exporting again into the same folder updates it.");
        FormLayout.hint(intro);
        VBox top = new VBox(4, heading, intro);
        top.getStyleClass().add("dialog-top");

        FormLayout.problems(problems);

        FormLayout.taskProgress(running, progress, progressMessage);

        summary.setWrapText(true);
        summary.getStyleClass().add("summary");
        FormLayout.hint(openFallback);
        openFallback.managedProperty().bind(openFallback.visibleProperty());
        openFallback.setVisible(false);
        outcome.getStyleClass().add("outcome");
        outcome.getChildren().addAll(summary, openFolder, openFallback);
        outcome.managedProperty().bind(outcome.visibleProperty());
        outcome.setVisible(false);

        ButtonBar buttons = FormLayout.buttons(export, close);

        VBox bottom = new VBox(10, problems, running, outcome, buttons);
        bottom.getStyleClass().add("dialog-bottom");

        root.setTop(top);
        root.setCenter(form);
        root.setBottom(bottom);
        root.setPrefWidth(680);
    }

    private static RadioButton format(ExportFormat format, String text) {
        RadioButton button = new RadioButton(text);
        button.setId("format" + format.name());
        button.setUserData(format);
        button.setMinWidth(Region.USE_PREF_SIZE); // The dialog grows rather than clip a format.
        return button;
    }
}

package org.mentorplanner.ui.sync;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.mentorplanner.ui.FormLayout;

/** The team calendar sync dialog's controls and layout; {@link SyncPresenter} gives them life. */
final class SyncView {

    /** Lines of the outcome list that are conflicts start with this. */
    static final String CONFLICT = "Conflict: ";

    final TextField url = new TextField();
    final TextField user = new TextField();
    final PasswordField password = new PasswordField();
    final CheckBox overwrite = new CheckBox("Overwrite events that were changed on the server");
    final Label problems = new Label();
    final VBox running = new VBox(4);
    final ProgressBar progress = new ProgressBar(0);
    final Label progressMessage = new Label();
    final VBox outcome = new VBox(6);
    final Label summary = new Label();
    final ListView<String> details = new ListView<>();
    final Button sync = new Button("_Sync");
    final Button close = new Button("_Close");
    final BorderPane root = new BorderPane();

    SyncView() {
        root.getStyleClass().addAll("form-dialog", "sync-dialog");
        root.getStylesheets().addAll(FormLayout.STYLESHEET, SyncView.class.getResource("sync.css").toExternalForm());
        url.setId("calendarUrl");
        user.setId("calendarUser");
        password.setId("calendarPassword");
        overwrite.setId("overwrite");
        problems.setId("problems");
        progress.setId("syncProgress");
        progressMessage.setId("progressMessage");
        summary.setId("summary");
        details.setId("details");
        details.setAccessibleText("What the sync did, session by session");
        sync.setId("sync");
        close.setId("close");

        url.setPromptText("https://dav.example.org/calendars/team/mentoring/");
        user.setPromptText("Leave empty for a server without login");
        Label passwordHint = FormLayout.hint(new Label("Not stored: asked for again next time."));
        Label overwriteHint = FormLayout.hint(new Label(
                "Without it, an event someone changed in the team calendar since the last sync is left as it is and listed."));

        GridPane form = FormLayout.form(110, 420);
        int row = 0;
        form.addRow(row++, FormLayout.fieldLabel("Calendar URL", url), url);
        form.addRow(row++, FormLayout.fieldLabel("User name", user), user);
        form.addRow(row++, FormLayout.topFieldLabel("Password", password), new VBox(4, password, passwordHint));
        form.addRow(row, new Label(), new VBox(4, overwrite, overwriteHint));

        Label heading = new Label("Sync with team calendar");
        heading.getStyleClass().add("dialog-heading");
        Label intro = FormLayout.hint(new Label("Published sessions open to everyone go to a CalDAV calendar the team shares; "
                + "sessions restricted to groups never do. Changes made offline go with the next sync."));
        VBox top = new VBox(4, heading, intro);
        top.getStyleClass().add("dialog-top");

        FormLayout.problems(problems);

        FormLayout.taskProgress(running, progress, progressMessage);

        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.getStyleClass().add("summary");
        details.setPrefHeight(150);
        details.setCellFactory(list -> {
            DetailCell cell = new DetailCell();
            // Long lines wrap to the list's width instead of needing a horizontal scroll bar.
            cell.prefWidthProperty().bind(list.widthProperty().subtract(24));
            return cell;
        });
        details.managedProperty().bind(details.visibleProperty());
        outcome.getStyleClass().add("outcome");
        outcome.getChildren().addAll(summary, details);
        outcome.managedProperty().bind(outcome.visibleProperty());
        outcome.setVisible(false);

        ButtonBar buttons = FormLayout.buttons(sync, close);
        VBox bottom = new VBox(10, problems, running, outcome, buttons);
        bottom.getStyleClass().add("dialog-bottom");

        root.setTop(top);
        root.setCenter(form);
        root.setBottom(bottom);
        root.setPrefWidth(640);
    }

    /** A line of the outcome; conflicts stand out. */
    private static final class DetailCell extends ListCell<String> {
        DetailCell() {
            setWrapText(true);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            getStyleClass().remove("conflict");
            if (!empty && item != null && item.startsWith(CONFLICT)) {
                getStyleClass().add("conflict");
            }
        }
    }
}

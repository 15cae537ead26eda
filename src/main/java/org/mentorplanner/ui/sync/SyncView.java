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
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mentorplanner.ui.FormLayout;

/**
 * The sync dialog's controls and layout (the team calendar, the planning calendar, and the
 * conflicts waiting for a decision); {@link SyncPresenter} gives them life.
 */
final class SyncView {

    /** Lines of the outcome list that are conflicts start with this. */
    static final String CONFLICT = "Conflict: ";

    final TextField url = new TextField();
    final Button find = new Button("_Find…");
    final TextField planningUrl = new TextField();
    final Button findPlanning = new Button("F_ind…");
    final TextField user = new TextField();
    final PasswordField password = new PasswordField();
    final CheckBox overwrite = new CheckBox("Overwrite team calendar events that were changed on the server");
    final Label problems = new Label();
    final VBox running = new VBox(4);
    final ProgressBar progress = new ProgressBar(0);
    final Label progressMessage = new Label();
    final VBox outcome = new VBox(6);
    /** One {@link ConflictRow} per open conflict of the planning calendar, above the summary. */
    final VBox conflicts = new VBox(8);
    final Label conflictsHeading = new Label();
    final Label summary = new Label();
    final ListView<String> details = new ListView<>();
    final Button sync = new Button("_Sync");
    final Button close = new Button("_Close");
    final BorderPane root = new BorderPane();

    SyncView() {
        root.getStyleClass().addAll("form-dialog", "sync-dialog");
        root.getStylesheets().addAll(FormLayout.STYLESHEET, SyncView.class.getResource("sync.css").toExternalForm());
        url.setId("calendarUrl");
        find.setId("findCalendar");
        find.setTooltip(new Tooltip("Find your calendars from the server's address and your user name"));
        planningUrl.setId("planningUrl");
        findPlanning.setId("findPlanningCalendar");
        findPlanning.setTooltip(new Tooltip("Find your calendars from the server's address and your user name"));
        conflicts.setId("conflicts");
        conflictsHeading.setId("conflictsHeading");
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
        planningUrl.setPromptText("https://dav.example.org/calendars/team/planning/");
        user.setPromptText("Leave empty for a server without login");
        Label passwordHint = FormLayout.hint(new Label("Not stored: kept in memory only while the planner is open "
                + "(for the background sync), asked for again next time."));
        Label overwriteHint = FormLayout.hint(new Label(
                "Without it, an event someone changed in the team calendar since the last sync is left as it is and listed."));

        GridPane form = FormLayout.form(130, 420);
        int row = 0;
        HBox.setHgrow(url, Priority.ALWAYS);
        form.addRow(row++, FormLayout.fieldLabel("Team calendar", url), new HBox(8, url, find));
        HBox.setHgrow(planningUrl, Priority.ALWAYS);
        Label planningHint = FormLayout.hint(new Label("Every session, drafts too, shared two-way with the other planners. "
                + "Leave a calendar empty to skip it."));
        form.addRow(row++, FormLayout.topFieldLabel("Planning calendar", planningUrl),
                new VBox(4, new HBox(8, planningUrl, findPlanning), planningHint));
        form.addRow(row++, FormLayout.fieldLabel("User name", user), user);
        form.addRow(row++, FormLayout.topFieldLabel("Password", password), new VBox(4, password, passwordHint));
        form.addRow(row, new Label(), new VBox(4, overwrite, overwriteHint));

        Label heading = new Label("Sync calendars");
        heading.getStyleClass().add("dialog-heading");
        Label intro = FormLayout.hint(new Label("Published sessions open to everyone go to the team calendar, and bookings made "
                + "there come back; sessions restricted to groups never go there. The planning calendar keeps every planner's "
                + "sessions in step. Changes made offline go with the next sync."));
        VBox top = new VBox(4, heading, intro);
        top.getStyleClass().add("dialog-top");

        FormLayout.problems(problems);

        FormLayout.taskProgress(running, progress, progressMessage);

        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
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

        conflictsHeading.getStyleClass().add("conflicts-heading");
        conflictsHeading.setWrapText(true);
        conflicts.getStyleClass().add("conflict-list");
        conflicts.managedProperty().bind(conflicts.visibleProperty());
        conflicts.setVisible(false);

        ButtonBar buttons = FormLayout.buttons(sync, close);
        VBox bottom = new VBox(10, problems, running, conflicts, outcome, buttons);
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

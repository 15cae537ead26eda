package org.mentorplanner.ui.sync;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mentorplanner.service.DiscoveredCalendar;
import org.mentorplanner.ui.FormLayout;

/** The "Find a calendar" dialog's controls and layout; {@link CalendarFinderPresenter} gives them life. */
final class CalendarFinderView {

    final TextField server = new TextField();
    final TextField user = new TextField();
    final PasswordField password = new PasswordField();
    final Button find = new Button("_Find calendars");
    final ListView<DiscoveredCalendar> calendars = new ListView<>();
    final TextField newName = new TextField();
    final Button create = new Button("C_reate");
    final Label problems = new Label();
    final VBox running = new VBox(4);
    final ProgressBar progress = new ProgressBar(-1);
    final Label progressMessage = new Label();
    final Label status = new Label();
    final Button use = new Button("_Use this calendar");
    final Button cancel = new Button("_Cancel");
    final BorderPane root = new BorderPane();

    CalendarFinderView() {
        root.getStyleClass().addAll("form-dialog", "sync-dialog");
        root.getStylesheets().addAll(FormLayout.STYLESHEET, CalendarFinderView.class.getResource("sync.css").toExternalForm());
        server.setId("discoverServer");
        user.setId("discoverUser");
        password.setId("discoverPassword");
        find.setId("findCalendars");
        calendars.setId("calendars");
        newName.setId("newCalendarName");
        create.setId("createCalendar");
        problems.setId("finderProblems");
        status.setId("finderStatus");
        use.setId("useCalendar");
        cancel.setId("cancelFinder");

        server.setPromptText("https://dav.example.org/");
        newName.setPromptText("Mentoring planning");
        Label serverHint = FormLayout.hint(new Label("The server's address is enough: the server names your calendars."));
        Label passwordHint = FormLayout.hint(new Label("Not stored."));

        HBox.setHgrow(newName, Priority.ALWAYS);
        calendars.setPrefHeight(170);
        calendars.setPlaceholder(new Label("Find calendars to list yours here."));
        calendars.setCellFactory(list -> new CalendarCell());

        GridPane form = FormLayout.form(110, 420);
        int row = 0;
        form.addRow(row++, FormLayout.topFieldLabel("Server", server), new VBox(4, server, serverHint));
        form.addRow(row++, FormLayout.fieldLabel("User name", user), user);
        form.addRow(row++, FormLayout.topFieldLabel("Password", password), new VBox(4, password, passwordHint));
        form.addRow(row++, new Label(), find);
        form.addRow(row++, FormLayout.topFieldLabel("Calendars", calendars), calendars);
        form.addRow(row, FormLayout.fieldLabel("New calendar", newName), new HBox(8, newName, create));

        Label heading = new Label("Find a calendar");
        heading.getStyleClass().add("dialog-heading");
        VBox top = new VBox(4, heading);
        top.getStyleClass().add("dialog-top");

        FormLayout.problems(problems);
        FormLayout.taskProgress(running, progress, progressMessage);
        FormLayout.hint(status);
        status.managedProperty().bind(status.visibleProperty());
        status.setVisible(false);

        ButtonBar buttons = FormLayout.buttons(use, cancel);
        // Enter in the address fields finds calendars; "Use" is a deliberate click on a chosen one.
        use.setDefaultButton(false);
        find.setDefaultButton(true);
        VBox bottom = new VBox(10, problems, running, status, buttons);
        bottom.getStyleClass().add("dialog-bottom");

        root.setTop(top);
        root.setCenter(form);
        root.setBottom(bottom);
        root.setPrefWidth(640);
    }

    /** One calendar: its name and address; one that takes no events is greyed and says so ("Use" then explains). */
    private static final class CalendarCell extends ListCell<DiscoveredCalendar> {
        @Override
        protected void updateItem(DiscoveredCalendar calendar, boolean empty) {
            super.updateItem(calendar, empty);
            getStyleClass().remove("no-events");
            if (empty || calendar == null) {
                setText(null);
                return;
            }
            String name = calendar.displayName().isEmpty() ? "(no name)" : calendar.displayName();
            setText(name + "\n" + calendar.url() + (calendar.holdsEvents() ? "" : "  (takes no events)"));
            if (!calendar.holdsEvents()) {
                getStyleClass().add("no-events");
            }
        }
    }
}

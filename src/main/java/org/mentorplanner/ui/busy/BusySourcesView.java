package org.mentorplanner.ui.busy;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.busy.BusySourceKind;
import org.mentorplanner.ui.DisplayConverter;
import org.mentorplanner.ui.FormLayout;

/** The busy sources dialog's controls and layout; {@link BusySourcesPresenter} gives them life. */
final class BusySourcesView {

    final TableView<BusySourceRow> table = new TableView<>();
    final Button refresh = new Button("_Refresh");
    final Button refreshAll = new Button("Refresh _all");
    final Button toggleTitles = new Button("Show _titles");
    final Button remove = new Button("Re_move");
    final ComboBox<Person> mentor = new ComboBox<>();
    final ComboBox<BusySourceKind> kind = new ComboBox<>();
    final TextField address = new TextField();
    final Button chooseFile = new Button("C_hoose file…");
    final TextField user = new TextField();
    final PasswordField password = new PasswordField();
    final Button add = new Button("A_dd and read");
    final Spinner<Integer> autoRefresh = new Spinner<>(0, 24 * 60, 0, 15);
    final Label status = new Label();
    final Button close = new Button("_Close");
    final BorderPane root = new BorderPane();

    BusySourcesView() {
        root.getStyleClass().addAll("form-dialog", "busy-sources-dialog");
        root.getStylesheets().add(FormLayout.STYLESHEET);
        table.setId("busySources");
        refresh.setId("refreshSource");
        refreshAll.setId("refreshAllSources");
        toggleTitles.setId("toggleTitles");
        remove.setId("removeSource");
        mentor.setId("busyMentor");
        kind.setId("busyKind");
        address.setId("busyAddress");
        user.setId("busyUser");
        password.setId("busyPassword");
        add.setId("addSource");
        autoRefresh.setId("autoRefresh");
        status.setId("busyStatus");
        close.setId("close");

        table.getColumns().add(column("Mentor", 130, row -> row.mentor()));
        table.getColumns().add(column("Calendar", 250, row -> row.source().describe()));
        table.getColumns().add(column("Titles", 60, row -> row.source().showTitles() ? "shown" : "hidden"));
        table.getColumns().add(column("Copy", 190, row -> row.copy()));
        TableColumn<BusySourceRow, String> problem = column("Last refresh", 220, row -> row.problem().isEmpty() ? "ok" : row.problem());
        table.getColumns().add(problem);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(BusySourceRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(row == null || empty || row.problem().isEmpty() ? null : new Tooltip(row.problem()));
            }
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No calendars yet: add a mentor's calendar below."));
        table.setPrefHeight(200);

        mentor.setConverter(DisplayConverter.of(Person::name));
        mentor.setPromptText("Mentor");
        kind.setConverter(DisplayConverter.of(BusySourceKind::label));
        address.setPromptText("https://calendar.google.com/calendar/ical/…/basic.ics");
        user.setPromptText("User name");
        password.setPromptText("Password (not stored)");
        autoRefresh.setEditable(true);
        autoRefresh.setPrefWidth(90);
        FormLayout.hint(status);

        Label heading = new Label("Busy times from mentors' calendars");
        heading.getStyleClass().add("dialog-heading");
        Label hint = FormLayout.hint(new Label("Events in these calendars make a mentor busy: the planner shows them as grey "
                + "bands, the editor warns, bulk duplicate and Duplicate skip them. A copy is kept on this computer, "
                + "for working offline; it is never exported or synced."));
        VBox top = new VBox(6, heading, hint);
        top.getStyleClass().add("dialog-top");

        HBox tableButtons = new HBox(8, refresh, refreshAll, toggleTitles, remove);
        GridPane form = FormLayout.form(110, 420);
        HBox where = new HBox(6, kind, address, chooseFile);
        HBox.setHgrow(address, Priority.ALWAYS);
        HBox login = new HBox(6, user, password);
        form.addRow(0, FormLayout.fieldLabel("Mentor", mentor), mentor);
        form.addRow(1, FormLayout.fieldLabel("Calendar", address), where);
        form.addRow(2, FormLayout.fieldLabel("CalDAV login", user), login);
        form.addRow(3, new Label(), add);
        HBox every = new HBox(6, new Label("Refresh every"), autoRefresh,
                new Label("minutes while the app runs (0: only by hand)"));
        every.setAlignment(Pos.CENTER_LEFT);
        VBox centre = new VBox(10, table, tableButtons, new Label("Add a calendar"), form, every);
        centre.setPadding(new Insets(4, 0, 0, 0));

        ButtonBar buttons = new ButtonBar();
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        buttons.getButtons().add(close);
        close.setCancelButton(true);
        VBox bottom = new VBox(10, status, buttons);
        bottom.getStyleClass().add("dialog-bottom");

        root.setTop(top);
        root.setCenter(centre);
        root.setBottom(bottom);
        root.setPrefWidth(880);
    }

    private static TableColumn<BusySourceRow, String> column(String title, double width,
                                                             Function<BusySourceRow, String> text) {
        TableColumn<BusySourceRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}

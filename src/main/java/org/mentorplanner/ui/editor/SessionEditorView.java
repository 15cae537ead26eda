package org.mentorplanner.ui.editor;

import java.time.Duration;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SegmentedButton;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.Group;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.Person;
import org.mentorplanner.ui.DisplayConverter;
import org.mentorplanner.ui.FormLayout;

/** The session editor's controls and layout; {@link SessionEditorPresenter} gives them life. */
final class SessionEditorView {

    private static final String NO_MENTEE = "No mentee: open for booking";

    final ComboBox<Person> mentor = new ComboBox<>();
    final ComboBox<Person> mentee = new ComboBox<>();
    final Button clearMentee = new Button("×");
    final ComboBox<Location> location = new ComboBox<>();
    final DatePicker date = new DatePicker();
    final TextField time = new TextField();
    final ComboBox<Duration> duration = new ComboBox<>();
    final ToggleButton online = new ToggleButton(EnrollmentMethod.ONLINE.label());
    final ToggleButton inPerson = new ToggleButton(EnrollmentMethod.IN_PERSON.label());
    final ToggleButton both = new ToggleButton(EnrollmentMethod.BOTH.label());
    final ToggleGroup method = new ToggleGroup();
    final TextField meetingUrl = new TextField();
    final TextField place = new TextField();
    final CheckComboBox<Group> groups = new CheckComboBox<>();
    final TextField title = new TextField();
    final TextArea notes = new TextArea();
    final VBox localTimes = new VBox(4);
    final VBox localTimesBox = new VBox(6);
    /** The start in the user's own time zone, beside the location's time. */
    final Label yourTime = new Label();
    final Label problems = new Label();
    /** Says when the session falls into busy time from the mentor's own calendars: a warning, saving stays possible. */
    final Label busyWarning = new Label();
    /** "Outside your working hours…": the start or end lies outside them, in your time. */
    final Label outsideHours = new Label();
    final Label heading = new Label();
    final Label statusBadge = new Label();
    final Button saveDraft = new Button("_Save draft");
    final Button publish = new Button("_Publish");
    final Button publishAndDuplicate = new Button("Publish & _Duplicate");
    final Button cancel = new Button("_Cancel");
    final BorderPane root = new BorderPane();

    SessionEditorView() {
        root.getStyleClass().addAll("form-dialog", "session-editor");
        root.getStylesheets().addAll(FormLayout.STYLESHEET, SessionEditorView.class.getResource("editor.css").toExternalForm());

        mentor.setId("mentor");
        mentee.setId("mentee");
        clearMentee.setId("clearMentee");
        location.setId("location");
        date.setId("date");
        time.setId("time");
        duration.setId("duration");
        online.setId("methodOnline");
        inPerson.setId("methodInPerson");
        both.setId("methodBoth");
        meetingUrl.setId("meetingUrl");
        place.setId("place");
        groups.setId("groups");
        title.setId("title");
        notes.setId("notes");
        problems.setId("problems");
        yourTime.setId("yourTime");
        yourTime.getStyleClass().add("your-time");
        yourTime.setWrapText(true);
        busyWarning.setId("busyWarning");
        outsideHours.setId("outsideHours");
        outsideHours.getStyleClass().addAll("your-time", "outside-hours");
        outsideHours.setWrapText(true);
        outsideHours.setVisible(false);
        // Its line is kept while hidden, so the form and its buttons do not move when it shows.
        outsideHours.setText(" ");
        saveDraft.setId("saveDraft");
        publish.setId("publish");
        publishAndDuplicate.setId("publishAndDuplicate");
        cancel.setId("cancel");

        mentor.setConverter(DisplayConverter.of(Person::name));
        mentee.setConverter(DisplayConverter.of(Person::name));
        mentee.setPromptText(NO_MENTEE);
        mentee.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Person item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? NO_MENTEE : item.name());
                getStyleClass().remove("placeholder");
                if (empty || item == null) {
                    getStyleClass().add("placeholder");
                }
            }
        });
        clearMentee.getStyleClass().add("clear-button");
        clearMentee.setFocusTraversable(false);
        location.setConverter(DisplayConverter.of(l -> l.name() + "  (" + l.zone().getId() + ")"));
        duration.setConverter(DisplayConverter.of(SessionEditorView::durationText));
        groups.setConverter(DisplayConverter.of(Group::name));
        groups.setTitle("Whole organisation");
        groups.setShowCheckedCount(false);
        time.setPromptText("09:30");
        time.setPrefColumnCount(5);
        meetingUrl.setPromptText("https://meet.example.org/room");
        place.setPromptText("Room or address");
        title.setPromptText("For example: Career chat");
        notes.setPromptText("Agenda, preparation, anything the mentee should know");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        online.setToggleGroup(method);
        inPerson.setToggleGroup(method);
        both.setToggleGroup(method);
        SegmentedButton methods = new SegmentedButton(online, inPerson, both);
        methods.setToggleGroup(method);

        for (var control : new Region[] {mentor, mentee, location, duration, groups, meetingUrl, place, title}) {
            control.setMaxWidth(Double.MAX_VALUE);
        }

        GridPane form = FormLayout.form(120, 320);
        int row = 0;
        form.addRow(row++, label("Mentor", mentor), mentor);
        HBox menteeRow = new HBox(6, mentee, clearMentee);
        HBox.setHgrow(mentee, Priority.ALWAYS);
        form.addRow(row++, label("Mentee", mentee), menteeRow);
        form.addRow(row++, label("Location", location), location);
        // The row's label names the time field; the date and the length say what they are themselves.
        date.setAccessibleText("Date");
        Label forLabel = new Label("for");
        forLabel.setLabelFor(duration);
        duration.setAccessibleText("Length");
        HBox when = new HBox(8, date, new Label("at"), time, forLabel, duration);
        when.setAlignment(Pos.CENTER_LEFT);
        date.setPrefWidth(140);
        duration.setPrefWidth(120);
        form.addRow(row++, label("Date and time", time), when);
        form.add(new VBox(2, yourTime, outsideHours), 1, row++);
        form.addRow(row++, label("Enrollment", online), methods);
        form.addRow(row++, label("Meeting URL", meetingUrl), meetingUrl);
        form.addRow(row++, label("Place", place), place);
        form.addRow(row++, label("Restrict to groups", groups), groups);
        form.addRow(row++, label("Title", title), title);
        form.addRow(row, label("Notes", notes), notes);

        Label elsewhere = new Label("Starts elsewhere");
        elsewhere.getStyleClass().add("side-heading");
        localTimes.setId("localTimes");
        localTimesBox.getStyleClass().add("local-times");
        localTimesBox.getChildren().addAll(elsewhere, localTimes);
        localTimesBox.setPrefWidth(300);
        localTimesBox.setMinWidth(300);

        heading.getStyleClass().add("dialog-heading");
        statusBadge.getStyleClass().add("status-badge");
        HBox top = new HBox(10, heading, statusBadge);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("dialog-top");

        HBox centre = new HBox(20, form, localTimesBox);
        HBox.setHgrow(form, Priority.ALWAYS);
        centre.setPadding(new Insets(4, 0, 0, 0));

        // Both keep their room while hidden, so Save and Publish hold still as messages come and go.
        FormLayout.problemsKeepingRoom(problems);
        FormLayout.problemsKeepingRoom(busyWarning).getStyleClass().add("busy-warning");
        busyWarning.setVisible(false);

        ButtonBar buttons = new ButtonBar();
        ButtonBar.setButtonData(saveDraft, ButtonBar.ButtonData.OTHER);
        ButtonBar.setButtonData(publish, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(publishAndDuplicate, ButtonBar.ButtonData.APPLY);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        buttons.getButtons().addAll(saveDraft, publishAndDuplicate, publish, cancel);
        buttons.setButtonOrder("U+OAC");
        publish.getStyleClass().add("primary");
        cancel.setCancelButton(true);

        VBox bottom = new VBox(10, busyWarning, problems, buttons);
        bottom.getStyleClass().add("dialog-bottom");

        root.setTop(top);
        root.setCenter(centre);
        root.setBottom(bottom);
    }

    private static Node label(String text, Node field) {
        return FormLayout.fieldLabel(text, field);
    }

    static String durationText(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
    }
}

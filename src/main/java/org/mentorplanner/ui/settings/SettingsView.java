package org.mentorplanner.ui.settings;

import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mentorplanner.domain.Person;
import org.mentorplanner.service.SettingsService;
import org.mentorplanner.service.format.ClockStyle;
import org.mentorplanner.ui.DisplayConverter;
import org.mentorplanner.ui.FormLayout;
import org.mentorplanner.ui.theme.ThemeChoice;

/** The settings dialog's controls and layout; {@link SettingsPresenter} gives them life. */
final class SettingsView {

    final ComboBox<Person> me = new ComboBox<>();
    final Label meHint = new Label();
    final TextField portalBaseUrl = new TextField();
    final Label example = new Label();
    /** Minutes between background syncs; 0 is off. */
    final ComboBox<Integer> backgroundSync = new ComboBox<>();
    final Label backgroundSyncHint = new Label();
    /** Opens the busy sources dialog; shown once the presenter is given one. */
    final Hyperlink busyTimes = new Hyperlink("Manage busy times from mentors' own calendars…");
    final ComboBox<ThemeChoice> theme = new ComboBox<>();
    final Label themeHint = new Label("Applies at once, to every window.");
    /** The language and region dates are written in: empty for the desktop's. */
    final ComboBox<String> formatLocale = new ComboBox<>();
    final ComboBox<ClockStyle> clock = new ComboBox<>();
    /** How a date and time look with the choice, and when it applies. */
    final Label formatExample = new Label();
    /** Holds the working hours' rows (made by the presenter, which knows the week's first day) and their hint. */
    final VBox workingHoursBox = new VBox(4);
    final Label workingHoursHint = new Label("Shaded outside them on the grid, which opens on them; the editor "
            + "marks a session outside them. Applies to windows opened from now on.");
    final Label problems = new Label();
    final Button save = new Button("_Save");
    final Button cancel = new Button("_Cancel");
    final BorderPane root = new BorderPane();

    /** "Ada Lovelace (mentor, coordinator)  <ada@example.org>". */
    static String describe(Person person) {
        String roles = String.join(", ", person.roles().stream().sorted()
                .map(role -> role.name().toLowerCase(Locale.ROOT)).toList());
        return person.name() + (roles.isEmpty() ? "" : " (" + roles + ")") + "  <" + person.email() + ">";
    }

    SettingsView() {
        root.getStyleClass().addAll("form-dialog", "settings-dialog");
        root.getStylesheets().add(FormLayout.STYLESHEET);
        me.setId("me");
        portalBaseUrl.setId("portalBaseUrl");
        example.setId("exampleLink");
        backgroundSync.setId("backgroundSync");
        backgroundSync.getItems().setAll(SettingsService.BACKGROUND_SYNC_CHOICES);
        backgroundSync.setConverter(DisplayConverter.of(minutes -> minutes == 0 ? "Off" : "Every " + minutes + " minutes"));
        backgroundSync.setValue(0);
        FormLayout.hint(backgroundSyncHint);
        backgroundSyncHint.setText("While the planner is open, both calendars sync on their own. The password is never "
                + "stored: it takes the one typed in the sync dialog since the planner opened, or "
                + "MENTORPLANNER_CALDAV_PASSWORD.");
        theme.setId("theme");
        theme.getItems().setAll(ThemeChoice.values());
        theme.setConverter(DisplayConverter.of(ThemeChoice::label));
        theme.setMaxWidth(Double.MAX_VALUE);
        formatLocale.setId("formatLocale");
        formatLocale.setMaxWidth(Double.MAX_VALUE);
        clock.setId("clock");
        clock.getItems().setAll(ClockStyle.values());
        clock.setConverter(DisplayConverter.of(ClockStyle::label));
        clock.setMaxWidth(Double.MAX_VALUE);
        formatExample.setId("formatExample");
        FormLayout.hint(workingHoursHint);
        workingHoursBox.getChildren().add(workingHoursHint);
        FormLayout.hint(formatExample);
        problems.setId("problems");
        save.setId("save");
        cancel.setId("cancel");

        // People with their roles: the list holds mentors, mentees and coordinators alike.
        me.setConverter(DisplayConverter.of(SettingsView::describe));
        me.setPromptText("Nobody chosen: acting as the workspace owner");
        me.setMaxWidth(Double.MAX_VALUE);
        portalBaseUrl.setPromptText("https://mentoring.example.org/book/");
        FormLayout.hint(meHint);
        FormLayout.hint(example);
        // The example link on a line of its own that never breaks inside the token; a base URL
        // too long for the dialog loses its start ("…/book/Zm9y…"), not the token.
        example.setWrapText(false);
        example.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        FormLayout.hint(themeHint);
        meHint.setText("A mentor schedules their own sessions and sees their own calendar first; "
                + "a coordinator may schedule for every mentor.");

        GridPane form = FormLayout.form(130, 360);
        form.addRow(0, FormLayout.topFieldLabel("I am", me), new VBox(4, me, meHint));
        form.addRow(1, FormLayout.topFieldLabel("Booking portal", portalBaseUrl), new VBox(4, portalBaseUrl, example));
        form.addRow(2, FormLayout.topFieldLabel("Theme", theme), new VBox(4, theme, themeHint));
        HBox formatFields = new HBox(8, formatLocale, clock);
        HBox.setHgrow(formatLocale, Priority.ALWAYS);
        form.addRow(3, FormLayout.topFieldLabel("Dates and times", formatLocale), new VBox(4, formatFields, formatExample));
        clock.setAccessibleText("Clock");
        form.addRow(4, FormLayout.topFieldLabel("Working hours", workingHoursBox), workingHoursBox);
        form.addRow(6, FormLayout.topFieldLabel("Background sync", backgroundSync), new VBox(4, backgroundSync, backgroundSyncHint));
        busyTimes.setId("busyTimes");
        busyTimes.setVisible(false);
        busyTimes.managedProperty().bind(busyTimes.visibleProperty());
        form.addRow(7, FormLayout.topFieldLabel("Busy times", busyTimes), busyTimes);

        Label heading = new Label("Settings");
        heading.getStyleClass().add("dialog-heading");
        VBox top = new VBox(heading);
        top.getStyleClass().add("dialog-top");

        FormLayout.problemsKeepingRoom(problems);
        problems.setVisible(false);

        ButtonBar buttons = FormLayout.buttons(save, cancel);
        VBox bottom = new VBox(10, problems, buttons);
        bottom.getStyleClass().add("dialog-bottom");

        root.setTop(top);
        root.setCenter(form);
        root.setBottom(bottom);
        root.setPrefWidth(640); // room for the example link of the default portal URL on one line
    }
}

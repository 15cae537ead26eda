package org.mentorplanner.ui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.mentorplanner.domain.Person;
import org.mentorplanner.ui.DisplayConverter;
import org.mentorplanner.ui.FormLayout;
import org.mentorplanner.ui.theme.ThemeChoice;

/** The settings dialog's controls and layout; {@link SettingsPresenter} gives them life. */
final class SettingsView {

    final ComboBox<Person> me = new ComboBox<>();
    final Label meHint = new Label();
    final TextField portalBaseUrl = new TextField();
    final Label example = new Label();
    final ComboBox<ThemeChoice> theme = new ComboBox<>();
    final Label themeHint = new Label("Applies at once, to every window.");
    final Label problems = new Label();
    final Button save = new Button("_Save");
    final Button cancel = new Button("_Cancel");
    final BorderPane root = new BorderPane();

    SettingsView() {
        root.getStyleClass().addAll("form-dialog", "settings-dialog");
        root.getStylesheets().add(FormLayout.STYLESHEET);
        me.setId("me");
        portalBaseUrl.setId("portalBaseUrl");
        example.setId("exampleLink");
        theme.setId("theme");
        theme.getItems().setAll(ThemeChoice.values());
        theme.setConverter(DisplayConverter.of(ThemeChoice::label));
        theme.setMaxWidth(Double.MAX_VALUE);
        problems.setId("problems");
        save.setId("save");
        cancel.setId("cancel");

        me.setConverter(DisplayConverter.of(p -> p.name() + "  <" + p.email() + ">"));
        me.setPromptText("Nobody chosen: acting as the workspace owner");
        me.setMaxWidth(Double.MAX_VALUE);
        portalBaseUrl.setPromptText("https://mentoring.example.org/book/");
        FormLayout.hint(meHint);
        FormLayout.hint(example);
        FormLayout.hint(themeHint);
        meHint.setText("A mentor schedules their own sessions and sees their own calendar first; "
                + "a coordinator may schedule for every mentor.");

        GridPane form = FormLayout.form(130, 360);
        form.addRow(0, FormLayout.topFieldLabel("I am", me), new VBox(4, me, meHint));
        form.addRow(1, FormLayout.topFieldLabel("Booking portal", portalBaseUrl), new VBox(4, portalBaseUrl, example));
        form.addRow(2, FormLayout.topFieldLabel("Theme", theme), new VBox(4, theme, themeHint));

        Label heading = new Label("Settings");
        heading.getStyleClass().add("dialog-heading");
        VBox top = new VBox(heading);
        top.getStyleClass().add("dialog-top");

        FormLayout.problems(problems);
        problems.setVisible(false);

        ButtonBar buttons = FormLayout.buttons(save, cancel);
        VBox bottom = new VBox(10, problems, buttons);
        bottom.getStyleClass().add("dialog-bottom");

        root.setTop(top);
        root.setCenter(form);
        root.setBottom(bottom);
        root.setPrefWidth(560);
    }
}

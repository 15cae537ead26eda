package org.mentorplanner.ui.mysessions;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mentorplanner.domain.Person;

/** The My Sessions page: a mentee to pick and the sessions they are booked into. */
final class MySessionsView {

    final ComboBox<Person> mentee = new ComboBox<>();
    final ListView<String> sessions = new ListView<>();
    final Label summary = new Label();
    final VBox root = new VBox(10);

    MySessionsView() {
        mentee.setId("myMentee");
        sessions.setId("mySessions");
        Label heading = new Label("My Sessions");
        heading.getStyleClass().add("page-heading");
        mentee.setPrefWidth(260);
        mentee.setPromptText("Choose a mentee");
        HBox chooser = new HBox(10, new Label("Mentee"), mentee, summary);
        chooser.setAlignment(Pos.CENTER_LEFT);
        sessions.setPlaceholder(new Label("Choose a mentee to see the sessions they are booked into."));
        VBox.setVgrow(sessions, Priority.ALWAYS);
        root.getChildren().addAll(heading, chooser, sessions);
        root.setPadding(new Insets(16));
        root.getStyleClass().add("my-sessions-page");
    }
}

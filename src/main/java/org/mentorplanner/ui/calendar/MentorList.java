package org.mentorplanner.ui.calendar;

import com.calendarfx.model.Calendar;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.mentorplanner.domain.Person;
import org.mentorplanner.ui.editor.EditorChoices;

/**
 * The mentor panel beside the grid: a check box per mentor, with their colour, that shows or
 * hides their calendar; without mentors, a hint that offers the import or the sample
 * organisation.
 */
final class MentorList {

    private final PlannerView view;
    private final SessionGrid grid;
    /** Run when a mentor is shown or hidden: the counts follow. */
    private final Runnable shownChanged;
    /** Adds the sample organisation (the button is disabled while it runs). */
    private final Consumer<Button> addSample;

    MentorList(PlannerView view, SessionGrid grid, Runnable shownChanged, Consumer<Button> addSample) {
        this.view = view;
        this.grid = grid;
        this.shownChanged = shownChanged;
        this.addSample = addSample;
    }

    /** Empties the panel (before the mentors are read again). */
    void clear() {
        view.mentorList.getChildren().clear();
    }

    /** A check box per mentor of {@code choices}, bound to their calendar in the grid (which must hold it). */
    void addChecks(EditorChoices choices) {
        for (Person mentor : choices.mentors()) {
            Calendar<Long> calendar = grid.calendarOf(mentor.id()).orElseThrow();
            CheckBox box = new CheckBox(mentor.name());
            box.setId("mentor-" + mentor.id());
            box.setAccessibleHelp("Shows or hides " + mentor.name() + "'s sessions; the square is their colour in the grid");
            Rectangle swatch = new Rectangle(12, 12);
            swatch.setArcWidth(4);
            swatch.setArcHeight(4);
            swatch.getStyleClass().addAll("mentor-swatch", calendar.getStyle() + "-icon");
            box.setGraphic(swatch);
            box.getStyleClass().add("mentor-check");
            view.mentorList.getChildren().add(box);
            box.selectedProperty().bindBidirectional(view.calendarShown(calendar));
            box.selectedProperty().addListener(o -> shownChanged.run());
        }
    }

    /** Without mentors, says how to get some. */
    void hintIfEmpty(EditorChoices choices) {
        if (choices.mentors().isEmpty()) {
            view.mentorList.getChildren().add(noMentorsHint(choices.mentees().isEmpty()));
        }
    }

    /**
     * What the mentor panel says while there are no mentors; in an empty database it offers the
     * sample organisation at a click (the same as {@code mentor-planner demo}).
     */
    private Node noMentorsHint(boolean emptyDatabase) {
        Label none = new Label("No mentors yet. Import people from a CSV file with Menu → Import people or places…"
                + " (or mentor-planner import people FILE.csv)"
                + (emptyDatabase ? ", or look around in a sample organisation first." : "."));
        none.setWrapText(true);
        none.getStyleClass().add("empty-hint");
        if (!emptyDatabase) {
            return none;
        }
        Button button = new Button("Add the sample organisation");
        button.setId("addSample");
        button.getStyleClass().add("link-button");
        button.setTooltip(new Tooltip("Offices in five time zones, mentors, mentees and two weeks of sessions"));
        button.setOnAction(e -> addSample.accept(button));
        return new VBox(6, none, button);
    }
}

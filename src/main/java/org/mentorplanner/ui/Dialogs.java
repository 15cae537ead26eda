package org.mentorplanner.ui;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The few standard dialogs presenters show: errors and yes/no questions, with plain words. */
public class Dialogs {

    private Window owner;

    /** Windows opened from here are centred on and modal to {@code owner}. */
    public void setOwner(Window owner) {
        this.owner = owner;
    }

    /** Shows a problem without blocking the caller. */
    public void error(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        alert.setTitle("Mentor Planner");
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(460);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
    }

    /**
     * Asks for a time of day (HH:MM), starting from {@code initial}; empty when the user cancels.
     * A time that does not parse is asked for again with a hint.
     */
    public Optional<java.time.LocalTime> askTime(String header, String text, java.time.LocalTime initial) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(initial.toString());
        dialog.setTitle("Mentor Planner");
        dialog.setHeaderText(header);
        dialog.setContentText(text);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        while (true) {
            Optional<String> answer = dialog.showAndWait();
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(java.time.LocalTime.parse(answer.get().strip()));
            } catch (java.time.format.DateTimeParseException e) {
                dialog.setHeaderText(header + ": '" + answer.get() + "' is not a time; write it as 14:30.");
            }
        }
    }

    /** Asks a yes/no question; {@code true} when the user agrees. */
    public boolean confirm(String header, String text, String yes) {
        ButtonType agree = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, agree, ButtonType.CANCEL);
        alert.setTitle("Mentor Planner");
        alert.setHeaderText(header);
        if (owner != null) {
            alert.initOwner(owner);
        }
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == agree;
    }
}

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

package org.mentorplanner.ui;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
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
    public Optional<LocalTime> askTime(String header, String text, LocalTime initial) {
        TextInputDialog dialog = new TextInputDialog(initial.toString());
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
                return Optional.of(LocalTime.parse(answer.get().strip()));
            } catch (DateTimeParseException e) {
                dialog.setHeaderText(header + ": '" + answer.get() + "' is not a time; write it as 14:30.");
            }
        }
    }

    /** Asks a yes/no question; {@code true} when the user agrees. The safe answer, "Cancel", has the focus. */
    public boolean confirm(String header, String text, String yes) {
        return confirm(header, text, yes, "Cancel");
    }

    /**
     * Asks a yes/no question with buttons named by what they do ("Cancel session", "Keep
     * session"); {@code true} when the user agrees. The safe answer {@code no} has the focus and
     * is the default, so Enter never does the destructive thing by accident.
     */
    public boolean confirm(String header, String text, String yes, String no) {
        ButtonType agree = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(no, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, agree, keep);
        alert.setTitle("Mentor Planner");
        alert.setHeaderText(header);
        Button agreeButton = (Button) alert.getDialogPane().lookupButton(agree);
        Button keepButton = (Button) alert.getDialogPane().lookupButton(keep);
        agreeButton.setId("confirmYes");
        keepButton.setId("confirmNo");
        agreeButton.setDefaultButton(false);
        keepButton.setDefaultButton(true);
        alert.setOnShown(e -> keepButton.requestFocus());
        if (owner != null) {
            alert.initOwner(owner);
        }
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == agree;
    }

    /**
     * Offers {@code choices} (button labels) and a button {@code close} that does nothing; the
     * index of the choice taken, or empty when closed.
     */
    public Optional<Integer> choose(String header, String text, List<String> choices, String close) {
        List<ButtonType> buttons = new ArrayList<>();
        choices.forEach(choice -> buttons.add(new ButtonType(choice, ButtonBar.ButtonData.OTHER)));
        ButtonType none = new ButtonType(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.getButtonTypes().setAll(buttons);
        alert.getButtonTypes().add(none);
        alert.setTitle("Mentor Planner");
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(480);
        for (int i = 0; i < buttons.size(); i++) {
            alert.getDialogPane().lookupButton(buttons.get(i)).setId("choice" + i);
        }
        if (owner != null) {
            alert.initOwner(owner);
        }
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.map(buttons::indexOf).filter(i -> i >= 0);
    }
}

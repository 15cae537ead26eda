package org.mentorplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A destructive question names its buttons by what they do and puts the focus on the safe one. */
@ExtendWith(ApplicationExtension.class)
class ConfirmDialogTest {

    private final Dialogs dialogs = new Dialogs();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        dialogs.setOwner(stage);
    }

    @Test
    void theCancelSessionQuestionOffersKeepSessionWithTheFocusAndEnterKeepsIt(FxRobot robot) {
        AtomicReference<Boolean> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(dialogs.confirm("Cancel 'Career chat'?", "The booking link stops working.",
                "Cancel session", "Keep session")));
        WaitForAsyncUtils.waitForFxEvents();

        Button keep = robot.lookup("#confirmNo").query();
        Button cancel = robot.lookup("#confirmYes").query();
        assertThat(keep.getText()).isEqualTo("Keep session");
        assertThat(cancel.getText()).isEqualTo("Cancel session");
        assertThat(keep.isFocused()).as("the focus on the safe button").isTrue();
        assertThat(keep.isDefaultButton()).isTrue();
        assertThat(cancel.isDefaultButton()).isFalse();

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answer.get()).as("Enter keeps the session").isFalse();
    }

    @Test
    void cancelSessionAgrees(FxRobot robot) {
        AtomicReference<Boolean> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(dialogs.confirm("Cancel 'Career chat'?", "The booking link stops working.",
                "Cancel session", "Keep session")));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#confirmYes");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answer.get()).isTrue();
    }
}

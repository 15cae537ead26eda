package org.mentorplanner.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A form in a window of its own, modal to the planner. Escape and the window's close button
 * ask the form to close (it may first stop work or tell a listener), and the window grows when
 * a message needs room, so nothing is clipped.
 */
public final class DialogWindow {

    private final Stage stage = new Stage();
    private final Region root;

    /**
     * @param closeRequest what Escape and the close button do; it ends with {@link #close()}
     */
    public DialogWindow(Region root, String title, Window owner, Runnable closeRequest) {
        this.root = root;
        makeModal(stage, owner);
        stage.setTitle(title);
        Scene scene = new Scene(root);
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                closeRequest.run();
            }
        });
        stage.setScene(scene);
        stage.setOnCloseRequest(event -> {
            event.consume();
            closeRequest.run();
        });
    }

    /**
     * Makes {@code stage} modal to {@code owner} (when there is one) and gives it the owner's
     * icons, now and when they change, as JavaFX's own dialogs do: a new stage would show the
     * platform's default icon.
     */
    public static void makeModal(Stage stage, Window owner) {
        if (owner == null) {
            return;
        }
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        if (owner instanceof Stage ownerStage) {
            Bindings.bindContent(stage.getIcons(), ownerStage.getIcons());
        }
    }

    public void show() {
        stage.show();
    }

    public void close() {
        stage.close();
    }

    /** The window, as owner of the dialogs it opens (a folder chooser). */
    public Window window() {
        return stage;
    }

    /** Grows the window when its content needs more room than it has. */
    public void fit() {
        if (stage.isShowing()) {
            Scene scene = stage.getScene();
            if (root.prefHeight(scene.getWidth()) > scene.getHeight() + 0.5 || root.prefWidth(-1) > scene.getWidth() + 0.5) {
                stage.sizeToScene();
            }
        }
    }
}

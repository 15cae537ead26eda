package org.mentorplanner.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.mentorplanner.ui.Dialogs;

/**
 * What the window shows when its database cannot be used: the whole message, wrapped, and the
 * ways out: open another file, create a new database, restore a backup in place of the file (the
 * unusable file is kept beside it), or quit. Nothing is done to the file without a click.
 */
final class OpenFailurePane extends VBox {

    OpenFailurePane(Stage stage, Path database, String message, DatabaseChooser chooser, Dialogs dialogs, Consumer<Path> openHere) {
        super(14);
        setId("openFailure");
        setPadding(new Insets(28));
        setAlignment(Pos.TOP_LEFT);
        setMaxWidth(720);
        Label header = new Label("Mentor Planner cannot use this database");
        header.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold;");
        Label text = new Label(message);
        text.setId("openFailureMessage");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Label hint = new Label("What would you like to do?");
        hint.setWrapText(true);

        Path folder = database.toAbsolutePath().getParent();
        Button open = button("Open another file…", "openAnother",
                () -> chooser.open(stage, "Open database", existing(folder)).ifPresent(openHere));
        Button create = button("Create a new database…", "createNew",
                () -> chooser.save(stage, "New database", existing(folder), "planner.db").ifPresent(file -> {
                    if (Files.exists(file)) {
                        dialogs.error("That file exists", file + " already exists. A new database needs a new file name.");
                    } else {
                        openHere.accept(file);
                    }
                }));
        Button restore = button("Restore a backup…", "restoreBackup",
                () -> chooser.open(stage, "Restore a backup", existing(folder == null ? null : folder.resolve("backups")))
                             .ifPresent(backup -> restoreInPlace(database, backup, dialogs, openHere)));
        restore.setDisable(!Files.isRegularFile(database));
        Button quit = button("Quit", "quit", stage::close);
        FlowPane buttons = new FlowPane(10, 10, open, create, restore, quit);
        getChildren().addAll(header, text, hint, buttons);
    }

    private static Path existing(Path folder) {
        return folder != null && Files.isDirectory(folder) ? folder : null;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** Moves the unusable file (and its journal files) aside, copies the backup in its place and opens it. */
    private static void restoreInPlace(Path database, Path backup, Dialogs dialogs, Consumer<Path> openHere) {
        Path aside = unused(database.resolveSibling(database.getFileName() + ".unusable"));
        if (!dialogs.confirm("Restore " + backup.getFileName() + "?", "The backup takes the place of " + database.getFileName()
                + ". The file as it is now is kept as " + aside.getFileName() + ".", "Restore")) {
            return;
        }
        try {
            Files.move(database, aside);
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Path journal = database.resolveSibling(database.getFileName() + suffix);
                if (Files.exists(journal)) {
                    Files.move(journal, aside.resolveSibling(aside.getFileName() + suffix));
                }
            }
            Files.copy(backup, database);
        } catch (IOException e) {
            dialogs.error("The backup was not restored", "Copying " + backup + " to " + database + " failed: " + e.getMessage()
                    + ". The unusable file is " + (Files.exists(aside) ? aside : database) + ".");
            return;
        }
        openHere.accept(database);
    }

    private static Path unused(Path candidate) {
        Path file = candidate;
        for (int n = 2; Files.exists(file); n++) {
            file = candidate.resolveSibling(candidate.getFileName() + "-" + n);
        }
        return file;
    }
}

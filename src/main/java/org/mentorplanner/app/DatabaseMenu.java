package org.mentorplanner.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.mentorplanner.service.BackupService;
import org.mentorplanner.ui.Dialogs;
import org.mentorplanner.ui.TaskExecutor;
import org.mentorplanner.ui.UserErrors;

/**
 * The database's items in the planner's menu: New database…, Open database…, Open recent,
 * Back up…, Restore… and About. Backups run on the database thread; opening another file opens
 * another window.
 */
final class DatabaseMenu {

    private final Stage stage;
    private final TaskExecutor executor;
    private final Dialogs dialogs;
    private final DatabaseChooser chooser;
    private final RecentFiles recent;
    private final BackupService backups;
    private final Consumer<Path> openWindow;
    private final Runnable reload;
    private final Path logFolder;

    DatabaseMenu(Stage stage, TaskExecutor executor, Dialogs dialogs, DatabaseChooser chooser, RecentFiles recent,
                 BackupService backups, Consumer<Path> openWindow, Runnable reload, Path logFolder) {
        this.stage = stage;
        this.executor = executor;
        this.dialogs = dialogs;
        this.chooser = chooser;
        this.recent = recent;
        this.backups = backups;
        this.openWindow = openWindow;
        this.reload = reload;
        this.logFolder = logFolder;
    }

    /** Adds the items at the top of {@code menu} (the planner's Menu button). */
    void addTo(MenuButton menu) {
        MenuItem newDatabase = item("_New database…", "newDatabase", this::newDatabase);
        MenuItem open = item("_Open database…", "openDatabase", this::openDatabase);
        Menu openRecent = new Menu("Open _recent");
        openRecent.setId("openRecent");
        // Filled when the menu opens, so it lists what other windows opened meanwhile.
        menu.setOnShowing(event -> fillRecent(openRecent));
        fillRecent(openRecent);
        MenuItem backUp = item("_Back up…", "backUp", this::backUp);
        MenuItem restore = item("Re_store…", "restore", this::restore);
        MenuItem about = item("_About Mentor Planner", "about", this::about);
        menu.getItems().addAll(0, List.of(newDatabase, open, openRecent, new SeparatorMenuItem(), backUp, restore,
                new SeparatorMenuItem()));
        menu.getItems().addAll(new SeparatorMenuItem(), about);
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }

    private void fillRecent(Menu openRecent) {
        openRecent.getItems().clear();
        for (Path file : recent.list()) {
            if (!file.equals(backups.databaseFile().toAbsolutePath().normalize())) {
                MenuItem item = new MenuItem(file.getFileName() + " — " + file.getParent());
                item.setOnAction(event -> openWindow.accept(file));
                openRecent.getItems().add(item);
            }
        }
        openRecent.setDisable(openRecent.getItems().isEmpty());
    }

    private void newDatabase() {
        chooser.save(stage, "New database", backups.databaseFile().toAbsolutePath().getParent(), "planner.db").ifPresent(file -> {
            if (Files.exists(file)) {
                dialogs.error("That file exists", file + " already exists. A new database needs a new file name.");
                return;
            }
            openWindow.accept(file);
        });
    }

    private void openDatabase() {
        chooser.open(stage, "Open database", backups.databaseFile().toAbsolutePath().getParent()).ifPresent(openWindow);
    }

    private void backUp() {
        Optional<Path> target = chooser.save(stage, "Back up the database", backups.folder(),
                backups.databaseFile().getFileName().toString().replaceFirst("\\.db$", "") + "-backup.db");
        target.ifPresent(file -> executor.execute(() -> backups.backUp(Optional.of(file)),
                written -> info("Backed up", "The database is backed up to " + written + "."),
                failure -> dialogs.error("The backup failed", UserErrors.describe(failure))));
    }

    private void restore() {
        Optional<Path> chosen = chooser.open(stage, "Restore a backup", backups.folder());
        chosen.ifPresent(file -> {
            if (!dialogs.confirm("Restore " + file.getFileName() + "?", "Everything in " + backups.databaseFile().getFileName()
                    + " is replaced by the backup. What it holds now is kept in " + backups.folder() + " first.", "Restore")) {
                return;
            }
            executor.execute(() -> {
                backups.restore(file, true);
                return file;
            }, restored -> {
                reload.run();
                info("Restored", "The database now holds the backup " + restored + ".");
            }, failure -> dialogs.error("The backup was not restored", UserErrors.describe(failure)));
        });
    }

    private void about() {
        info("About Mentor Planner", "Mentor Planner " + version() + "\n\nData file: " + backups.databaseFile().toAbsolutePath()
                + "\nBackups: " + backups.folder() + "\nLogs: " + logFolder);
    }

    /** The version in the jar's manifest, or "development" when run from the build folders. */
    static String version() {
        String version = DatabaseMenu.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }

    private void info(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.setTitle("Mentor Planner");
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(480);
        alert.initOwner(stage);
        // An Alert's own content text is cut to one line when it has several; a wrapping label is not.
        Label content = new Label(alert.getContentText());
        content.setWrapText(true);
        content.setMaxWidth(520);
        content.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.show();
    }
}

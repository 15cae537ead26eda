package org.mentorplanner.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks for a database or backup file. The real one is the platform's file dialog; GUI tests
 * give answers of their own (a file dialog cannot be driven headless).
 */
public interface DatabaseChooser {

    /** A file to open (an existing database or backup), starting in {@code folder}; empty when cancelled. */
    Optional<Path> open(Window owner, String title, Path folder);

    /** A file to create or write, starting in {@code folder} with {@code name}; empty when cancelled. */
    Optional<Path> save(Window owner, String title, Path folder, String name);

    /** The platform's file dialogs. */
    final class Fx implements DatabaseChooser {

        @Override
        public Optional<Path> open(Window owner, String title, Path folder) {
            FileChooser chooser = chooser(title, folder);
            return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
        }

        @Override
        public Optional<Path> save(Window owner, String title, Path folder, String name) {
            FileChooser chooser = chooser(title, folder);
            chooser.setInitialFileName(name);
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        }

        private static FileChooser chooser(String title, Path folder) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Mentor Planner databases (*.db)", "*.db"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            if (folder != null && folder.toFile().isDirectory()) {
                chooser.setInitialDirectory(folder.toFile());
            }
            return chooser;
        }
    }
}

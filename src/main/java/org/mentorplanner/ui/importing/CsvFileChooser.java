package org.mentorplanner.ui.importing;

import com.google.inject.ImplementedBy;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the user for a CSV file to import; a seam, since the desktop's file dialog cannot run headless. */
@ImplementedBy(FxCsvFileChooser.class)
public interface CsvFileChooser {

    /** The file the user chose in a dialog titled {@code title}, modal to {@code owner}; empty when they cancelled. */
    Optional<Path> choose(Window owner, String title);
}

package org.mentorplanner.ui.export;

import com.google.inject.ImplementedBy;
import java.io.IOException;
import java.nio.file.Path;

/** Shows a folder in the desktop's file manager. */
@ImplementedBy(DesktopFolderOpener.class)
public interface FolderOpener {

    /**
     * Opens {@code folder}; may block for a moment, so call it off the FX thread.
     *
     * @return {@code false} when this computer has no desktop that can open folders
     * @throws IOException when the desktop refused to open it
     */
    boolean open(Path folder) throws IOException;
}

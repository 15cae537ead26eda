package org.mentorplanner.ui.export;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens folders through {@link Desktop}. Unlike {@code HostServices.showDocument}, which only
 * prints a trace when no browser is found, it says when it cannot, so the dialog can show the
 * path instead.
 */
final class DesktopFolderOpener implements FolderOpener {

    @Override
    public boolean open(Path folder) throws IOException {
        if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()
            || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            return false;
        }
        Desktop.getDesktop().open(folder.toFile());
        return true;
    }
}

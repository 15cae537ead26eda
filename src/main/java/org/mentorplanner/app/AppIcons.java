package org.mentorplanner.app;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's icon for its windows: the PNGs rendered from {@code icons/mentor-planner.svg}, which
 * the build copies onto the class path.
 */
final class AppIcons {

    private static final Logger LOG = LoggerFactory.getLogger(AppIcons.class);

    /**
     * The sizes a window gets. JavaFX hands the platform one icon, the one nearest 32 px on
     * Windows and 128 px on Linux and macOS, and scales it; any other size would be decoded at
     * every start and never shown.
     */
    static final List<Integer> SIZES = List.of(32, 128);

    private static final String FOLDER = "/org/mentorplanner/app/icons/";

    private AppIcons() {
    }

    /** The class-path resource of the icon of {@code size} pixels. */
    static String resource(int size) {
        return FOLDER + "mentor-planner-" + size + ".png";
    }

    /**
     * Loads the icons (a few kB, read at once). A missing or broken one is left out with a
     * warning: the window then has the platform's default icon, which is no reason not to open.
     */
    static List<Image> load() {
        List<Image> icons = new ArrayList<>(SIZES.size());
        for (int size : SIZES) {
            URL url = AppIcons.class.getResource(resource(size));
            if (url == null) {
                LOG.warn("The window icon {} is not in the jar; windows show the default icon", resource(size));
                continue;
            }
            Image icon = new Image(url.toExternalForm());
            if (icon.isError()) {
                LOG.warn("The window icon {} cannot be read; windows show the default icon", url, icon.getException());
                continue;
            }
            icons.add(icon);
        }
        return icons;
    }
}

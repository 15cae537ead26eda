package org.mentorplanner.app;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.image.Image;
import javafx.stage.Stage;
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
    private static final List<Integer> SIZES = List.of(32, 128);

    private static final String FOLDER = "/org/mentorplanner/app/icons/";

    private AppIcons() {
    }

    /** The class-path resource of the icon of {@code size} pixels. */
    private static String resource(int size) {
        return FOLDER + "mentor-planner-" + size + ".png";
    }

    /**
     * Gives {@code stage} the app's icons once they are loaded. They load in the background: the
     * first image decoded costs the FX thread 10 to 30 ms (image classes, PNG decoder) that the
     * window's first frame should not wait for, and a window manager takes a new icon at any time.
     * A missing or broken file is left out with a warning: the window then has the platform's
     * default icon, which is no reason not to open.
     */
    static void showOn(Stage stage) {
        List<Image> loading = new ArrayList<>(SIZES.size());
        for (int size : SIZES) {
            URL url = AppIcons.class.getResource(resource(size));
            if (url == null) {
                LOG.warn("The window icon {} is not on the class path; windows show the default icon", resource(size));
            } else {
                loading.add(new Image(url.toExternalForm(), true));
            }
        }
        IconsLoading watch = new IconsLoading(stage, loading);
        for (Image icon : loading) {
            // Both change on the FX thread; a failed image reports an error, not always progress.
            // Change listeners, not invalidation ones: those stay silent until someone reads the value.
            icon.progressProperty().addListener(watch);
            icon.errorProperty().addListener(watch);
        }
    }

    private static List<Image> loaded(List<Image> icons) {
        List<Image> usable = new ArrayList<>(icons.size());
        for (Image icon : icons) {
            if (icon.isError()) {
                LOG.warn("The window icon {} cannot be read; windows show the default icon", icon.getUrl(), icon.getException());
            } else {
                usable.add(icon);
            }
        }
        return usable;
    }

    /** Puts the icons on the stage once, when the last one has loaded or failed. */
    private static final class IconsLoading implements ChangeListener<Object> {

        private final Stage stage;
        private final List<Image> icons;
        private boolean shown;

        IconsLoading(Stage stage, List<Image> icons) {
            this.stage = stage;
            this.icons = icons;
        }

        @Override
        public void changed(ObservableValue<?> value, Object before, Object now) {
            if (!shown && icons.stream().allMatch(icon -> icon.isError() || icon.getProgress() >= 1)) {
                shown = true;
                stage.getIcons().setAll(loaded(icons));
            }
        }
    }
}

package org.mentorplanner.ui.calendar;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Remembers the window's size, position and last page between runs (java.util.prefs). */
public final class WindowPlacement {

    private static final Logger LOG = LoggerFactory.getLogger(WindowPlacement.class);

    private final Preferences node;

    public WindowPlacement(Preferences node) {
        this.node = node;
    }

    /**
     * Puts {@code stage} where it was last time, if that place is still on a screen. Call before
     * the stage is shown: the place is applied again once it is, because JavaFX 21 on Linux lets
     * newer window managers (GNOME's mutter, Openbox) open the window at its minimum size
     * instead (JDK-8316423, fixed in JavaFX 22).
     */
    public void restore(Stage stage, double defaultWidth, double defaultHeight) {
        double width = node.getDouble("width", defaultWidth);
        double height = node.getDouble("height", defaultHeight);
        double x = node.getDouble("x", Double.NaN);
        double y = node.getDouble("y", Double.NaN);
        boolean onScreen = !Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, width, height)).isEmpty();
        Runnable place = () -> {
            stage.setWidth(width);
            stage.setHeight(height);
            if (onScreen) {
                stage.setX(x);
                stage.setY(y);
            }
        };
        place.run();
        stage.setMaximized(node.getBoolean("maximized", false));
        EventHandler<WindowEvent> placeAgain = new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                // On the next pulse, once the window system has placed the window its way.
                PauseTransition nextPulse = new PauseTransition(Duration.millis(1));
                nextPulse.setOnFinished(e -> {
                    boolean moved = stage.getWidth() != width || stage.getHeight() != height
                            || onScreen && (stage.getX() != x || stage.getY() != y);
                    if (moved && !stage.isMaximized()) {
                        place.run();
                    }
                });
                nextPulse.play();
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, placeAgain);
    }

    /** Saves where {@code stage} is now. */
    public void save(Stage stage) {
        node.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            node.putDouble("x", stage.getX());
            node.putDouble("y", stage.getY());
            node.putDouble("width", stage.getWidth());
            node.putDouble("height", stage.getHeight());
        }
        flush();
    }

    public PlannerPage lastPage() {
        return PlannerPage.parse(node.get("page", PlannerPage.WEEK.name()));
    }

    /**
     * Saves the page shown, at once: the preferences reach the disk otherwise only at the next
     * close or shutdown hook, and an app that ends without them (killed, its display gone)
     * reopened on an older page. Nothing is written while the page is the one {@link #lastPage()}
     * gives anyway: a first start does not wait for the preferences file on its way to the first
     * frame.
     */
    public void saveLastPage(PlannerPage page) {
        if (page != lastPage()) {
            node.put("page", page.name());
            flush();
        }
    }

    /** The time zone the grid was last shown in, if the user picked one that still exists. */
    public Optional<ZoneId> lastZone() {
        String id = node.get("zone", null);
        try {
            return id == null ? Optional.empty() : Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public void saveZone(ZoneId zone) {
        node.put("zone", zone.getId());
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Could not save the window placement: {}", e.getMessage());
        }
    }
}

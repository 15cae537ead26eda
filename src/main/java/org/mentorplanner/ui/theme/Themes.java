package org.mentorplanner.ui.theme;

import java.util.Objects;
import java.util.Optional;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.mentorplanner.ui.TaskExecutor;

/**
 * The app's look, light or dark, for every window at once. AtlantaFX becomes the user-agent
 * stylesheet (so every control, dialog and popup takes it without a restart), and our palette
 * goes first into every window's scene, now and as windows open.
 */
public final class Themes {

    private final ThemeChoiceStore store;
    private final DesktopAppearance desktop;
    private final ObjectProperty<ThemeChoice> choice = new SimpleObjectProperty<>(this, "choice");
    private final ObjectProperty<Appearance> appearance = new SimpleObjectProperty<>(this, "appearance");
    private Optional<Appearance> desktopAppearance = Optional.empty();
    /** The look of the whole FX toolkit: the user-agent stylesheet is one for all windows, so is this. */
    private static Appearance applied;
    private static boolean tracking;

    /** {@code store} keeps the choice; {@code desktop} tells what the desktop prefers. */
    public Themes(ThemeChoiceStore store, DesktopAppearance desktop) {
        this.store = Objects.requireNonNull(store);
        this.desktop = Objects.requireNonNull(desktop);
        choice.set(store.load());
    }

    /**
     * Applies the stored choice at once (light while the desktop's preference is unknown), then
     * reads the desktop's preference on {@code executor}'s thread and follows it. On the FX thread.
     */
    public void start(TaskExecutor executor) {
        track();
        apply();
        executor.executeNetworkBound(desktop::read, found -> {
            desktopAppearance = found;
            apply();
        }, failure -> { });
    }

    /** Changes and keeps the user's choice; every open window follows at once. On the FX thread. */
    public void choose(ThemeChoice newChoice) {
        choice.set(Objects.requireNonNull(newChoice));
        store.save(newChoice);
        track();
        apply();
    }

    /** The user's choice. */
    public ReadOnlyObjectProperty<ThemeChoice> choiceProperty() {
        return choice;
    }

    /** The look the windows have now (null before {@link #start}). */
    public ReadOnlyObjectProperty<Appearance> appearanceProperty() {
        return appearance;
    }

    private void apply() {
        Appearance now = choice.get().resolve(desktopAppearance);
        appearance.set(now);
        if (now == applied) {
            return;
        }
        applied = now;
        Application.setUserAgentStylesheet(now.userAgentStylesheet());
        for (Window window : Window.getWindows()) {
            dress(window.getScene());
        }
    }

    /** Puts the palette into each window's scene as it opens or changes scene. */
    private static void track() {
        if (tracking) {
            return;
        }
        tracking = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window window : change.getAddedSubList()) {
                    window.sceneProperty().addListener((o, old, scene) -> dress(scene));
                    dress(window.getScene());
                }
            }
        });
        for (Window window : Window.getWindows()) {
            window.sceneProperty().addListener((o, old, scene) -> dress(scene));
        }
    }

    private static void dress(Scene scene) {
        Appearance now = applied;
        if (scene == null || now == null) {
            return;
        }
        for (Appearance other : Appearance.values()) {
            if (other != now) {
                scene.getStylesheets().remove(other.paletteStylesheet());
            }
        }
        if (!scene.getStylesheets().contains(now.paletteStylesheet())) {
            scene.getStylesheets().addFirst(now.paletteStylesheet());
        }
    }
}

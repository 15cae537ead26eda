package org.mentorplanner.ui.calendar;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;

/**
 * Installs {@link PlannerShortcut}'s window and grid shortcuts: the window's as scene
 * accelerators, the grid's as a key handler on the grid (so arrows and Enter keep their usual
 * meaning in fields, lists and buttons). Every shortcut of those two scopes must have an action.
 */
final class PlannerKeys {

    private PlannerKeys() {
    }

    static void install(Scene scene, Node grid, Map<PlannerShortcut, Runnable> actions) {
        Map<PlannerShortcut, Runnable> gridActions = new EnumMap<>(PlannerShortcut.class);
        for (PlannerShortcut shortcut : PlannerShortcut.values()) {
            if (shortcut.scope() != PlannerShortcut.Scope.WINDOW && shortcut.scope() != PlannerShortcut.Scope.GRID) {
                continue;
            }
            Runnable action = actions.get(shortcut);
            if (action == null) {
                throw new IllegalStateException("no action for the shortcut " + shortcut);
            }
            if (shortcut.scope() == PlannerShortcut.Scope.WINDOW) {
                scene.getAccelerators().put(shortcut.keys(), action);
            } else {
                gridActions.put(shortcut, action);
            }
        }
        // A filter: the grid's scroll pane would otherwise take the arrows for scrolling.
        grid.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            for (Map.Entry<PlannerShortcut, Runnable> entry : gridActions.entrySet()) {
                if (entry.getKey().keys().match(event)) {
                    entry.getValue().run();
                    event.consume();
                    return;
                }
            }
        });
    }
}

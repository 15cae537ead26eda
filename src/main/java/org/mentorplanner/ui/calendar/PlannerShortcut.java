package org.mentorplanner.ui.calendar;

import javafx.scene.input.KeyCombination;

/**
 * The planner's keyboard shortcuts: the one table the key bindings are installed from
 * ({@link PlannerKeys}) and Help → Keyboard shortcuts lists, so the two cannot drift.
 */
public enum PlannerShortcut {
    NEW_SESSION(Scope.WINDOW, "Shortcut+N", "Plan a new session"),
    FOCUS_GRID(Scope.WINDOW, "F6", "Go to the calendar grid (to choose blocks with the arrow keys)"),
    EDIT(Scope.WINDOW, "Shortcut+E", "Edit (or view) the selected session"),
    DUPLICATE(Scope.WINDOW, "Shortcut+D", "Duplicate the selected session"),
    BULK_DUPLICATE(Scope.WINDOW, "Shortcut+Shift+D", "Bulk duplicate the selected sessions…"),
    DELETE(Scope.WINDOW, "Delete", "Delete the selected draft"),
    UNDO(Scope.WINDOW, "Shortcut+Z", "Undo"),
    REDO(Scope.WINDOW, "Shortcut+Shift+Z", "Redo"),
    PREVIOUS(Scope.WINDOW, "Alt+Page_Up", "Previous day, week or month"),
    NEXT(Scope.WINDOW, "Alt+Page_Down", "Next day, week or month"),
    TODAY(Scope.WINDOW, "Alt+Home", "Go to today"),
    DAY_PAGE(Scope.WINDOW, "Shortcut+1", "Show the day"),
    WEEK_PAGE(Scope.WINDOW, "Shortcut+2", "Show the week"),
    MONTH_PAGE(Scope.WINDOW, "Shortcut+3", "Show the month"),
    AGENDA_PAGE(Scope.WINDOW, "Shortcut+4", "Show the agenda"),
    MY_SESSIONS_PAGE(Scope.WINDOW, "Shortcut+5", "Show My Sessions"),
    APP_MENU(Scope.WINDOW, "Alt+M", "Open the menu"),
    ACTIONS_MENU(Scope.WINDOW, "Alt+A", "Open the actions on the selected session"),
    SELECT_NEXT(Scope.GRID, "Down", "Select the next block of the day"),
    SELECT_PREVIOUS(Scope.GRID, "Up", "Select the previous block of the day"),
    SELECT_NEXT_DAY(Scope.GRID, "Right", "Select a block on the next day"),
    SELECT_PREVIOUS_DAY(Scope.GRID, "Left", "Select a block on the previous day"),
    OPEN(Scope.GRID, "Enter", "Edit (or view) the selected session"),
    MOVE_LATER(Scope.GRID, "Alt+Down", "Move the selected session one slot later"),
    MOVE_EARLIER(Scope.GRID, "Alt+Up", "Move the selected session one slot earlier"),
    MOVE_NEXT_DAY(Scope.GRID, "Alt+Right", "Move the selected session to the next day"),
    MOVE_PREVIOUS_DAY(Scope.GRID, "Alt+Left", "Move the selected session to the previous day"),
    LENGTHEN(Scope.GRID, "Alt+Shift+Down", "Make the selected session one slot longer"),
    SHORTEN(Scope.GRID, "Alt+Shift+Up", "Make the selected session one slot shorter"),
    EXPORT(Scope.MENU, "Shortcut+Shift+E", "Export booking links…"),
    SETTINGS(Scope.MENU, "Shortcut+Comma", "Settings…"),
    SHORTCUTS(Scope.MENU, "F1", "Keyboard shortcuts (this list)"),
    CLOSE_DIALOG(Scope.DIALOG, "Esc", "Close a dialog"),
    NEXT_FIELD(Scope.DIALOG, "Tab", "Next field in a dialog (Shift+Tab: the one before)"),
    DIALOG_BUTTON(Scope.DIALOG, "Alt", "With a button's underlined letter: press that button");

    /** Where a shortcut works. */
    public enum Scope {
        /** Anywhere in the planner window (a scene accelerator). */
        WINDOW("In the planner"),
        /** While the calendar grid has the keyboard focus. */
        GRID("In the calendar grid"),
        /** A menu item's accelerator, set from this table. */
        MENU("Menu commands"),
        /** JavaFX's own keys in every dialog; listed, not bound here. */
        DIALOG("In dialogs");

        private final String title;

        Scope(String title) {
            this.title = title;
        }

        /** The heading the shortcut list shows. */
        public String title() {
            return title;
        }
    }

    private final Scope scope;
    private final String keys;
    private final String description;

    PlannerShortcut(Scope scope, String keys, String description) {
        this.scope = scope;
        this.keys = keys;
        this.description = description;
    }

    public Scope scope() {
        return scope;
    }

    /** The key combination (not for {@link Scope#DIALOG}, which names JavaFX's own keys). */
    public KeyCombination keys() {
        if (scope == Scope.DIALOG) {
            throw new IllegalStateException(this + " is JavaFX's own key, not bound by the planner");
        }
        return KeyCombination.keyCombination(keys);
    }

    /** The keys as the user reads them ("Ctrl+Shift+D", "⌘D" on macOS). */
    public String keysText() {
        return scope == Scope.DIALOG ? keys : keys().getDisplayText();
    }

    public String description() {
        return description;
    }
}

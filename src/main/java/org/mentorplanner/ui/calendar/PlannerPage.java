package org.mentorplanner.ui.calendar;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.mentorplanner.ui.AppIcon;

/** The pages of the planner window; the last one shown comes back after a restart. */
public enum PlannerPage {
    DAY("Day", AppIcon.DAY),
    WEEK("Week", AppIcon.WEEK),
    MONTH("Month", AppIcon.MONTH),
    AGENDA("Agenda", AppIcon.AGENDA),
    MY_SESSIONS("My Sessions", AppIcon.MY_SESSIONS);

    private final String label;
    private final AppIcon icon;

    PlannerPage(String label, AppIcon icon) {
        this.label = label;
        this.icon = icon;
    }

    /** The page's icon on its button and menu item. */
    public AppIcon icon() {
        return icon;
    }

    public String label() {
        return label;
    }

    /** The label with a mnemonic, for the page menu of a narrow window ("_Day", "M_y Sessions"). */
    public String mnemonicLabel() {
        return this == MY_SESSIONS ? "M_y Sessions" : "_" + label;
    }

    /** With Ctrl (Cmd on macOS), the key that shows this page: 1 for the day to 5 for My Sessions. */
    public KeyCode key() {
        return KeyCode.valueOf("DIGIT" + (ordinal() + 1));
    }

    /** How the shortcut reads in a tooltip, such as "Ctrl+2". */
    public String shortcutText() {
        return new KeyCodeCombination(key(), KeyCombination.SHORTCUT_DOWN).getDisplayText();
    }

    /** The page named {@code name}, or the week for anything unknown. */
    public static PlannerPage parse(String name) {
        for (PlannerPage page : values()) {
            if (page.name().equals(name)) {
                return page;
            }
        }
        return WEEK;
    }
}

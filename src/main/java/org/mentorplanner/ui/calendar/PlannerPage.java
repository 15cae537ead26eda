package org.mentorplanner.ui.calendar;

/** The pages of the planner window; the last one shown comes back after a restart. */
public enum PlannerPage {
    DAY("Day"),
    WEEK("Week"),
    MONTH("Month"),
    AGENDA("Agenda"),
    MY_SESSIONS("My Sessions");

    private final String label;

    PlannerPage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** With Ctrl (Cmd on macOS), the key that shows this page: 1 for the day to 5 for My Sessions. */
    public javafx.scene.input.KeyCode key() {
        return javafx.scene.input.KeyCode.valueOf("DIGIT" + (ordinal() + 1));
    }

    /** How the shortcut reads in a tooltip, such as "Ctrl+2". */
    public String shortcutText() {
        return new javafx.scene.input.KeyCodeCombination(key(), javafx.scene.input.KeyCombination.SHORTCUT_DOWN).getDisplayText();
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

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

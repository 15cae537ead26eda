package org.mentorplanner.service.format;

/** Whether times are written with 12 or 24 hours: as the locale does, or as the user chose. */
public enum ClockStyle {
    /** As the locale writes times (12 hours in the US, 24 in Germany). */
    LOCALE("Usual clock"),
    /** 3:30 PM. */
    TWELVE_HOURS("12 hours (3:30 PM)"),
    /** 15:30. */
    TWENTY_FOUR_HOURS("24 hours (15:30)");

    private final String label;

    ClockStyle(String label) {
        this.label = label;
    }

    /** What a settings field shows for it. */
    public String label() {
        return label;
    }

    /** The style named {@code text} ({@link #name()}), or {@link #LOCALE} for anything else. */
    public static ClockStyle parse(String text) {
        for (ClockStyle style : values()) {
            if (style.name().equals(text)) {
                return style;
            }
        }
        return LOCALE;
    }
}

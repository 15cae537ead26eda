package org.mentorplanner.ui.export;

import org.mentorplanner.service.ExportRequest;

/** How an audience choice of {@code ExportService.audienceChoices()} reads in the dialog. */
final class AudienceText {

    private AudienceText() {
    }

    /** "Everyone (sessions open to all)", "Group: Research" or "Mentee: mia@example.org". */
    static String of(String choice) {
        if (choice.equals(ExportRequest.EVERYONE)) {
            return "Everyone (sessions open to all)";
        }
        // The service tells a mentee from a group the same way: emails contain an @.
        return choice.contains("@") ? "Mentee: " + choice : "Group: " + choice;
    }
}

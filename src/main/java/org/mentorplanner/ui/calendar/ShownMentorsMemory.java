package org.mentorplanner.ui.calendar;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.mentorplanner.domain.Person;
import org.mentorplanner.service.BackupService;
import org.mentorplanner.ui.UserChoices;
import org.mentorplanner.ui.editor.EditorChoices;

/**
 * The mentors the user last chose to show on this database file, kept in the desktop's
 * preferences (ADR 0039), and the first view made from them ({@link FirstMentorView}).
 */
final class ShownMentorsMemory {

    private final UserChoices memory;
    private final BackupService file;

    @Inject
    ShownMentorsMemory(UserChoices memory, BackupService file) {
        this.memory = memory;
        this.file = file;
    }

    /** The mentors to show when the planner opens on {@code choices}; any thread. */
    Set<Long> firstView(EditorChoices choices) {
        List<Long> mentorIds = choices.mentors().stream().map(Person::id).toList();
        return FirstMentorView.shown(mentorIds, FirstMentorView.actingMentor(choices), memory.shownMentors(file.databaseFile()));
    }

    /** Keeps {@code mentorIds} as the user's choice on this file. */
    void remember(Set<Long> mentorIds) {
        memory.chooseShownMentors(file.databaseFile(), mentorIds);
    }
}

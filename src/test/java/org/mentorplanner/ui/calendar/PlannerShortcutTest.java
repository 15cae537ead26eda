package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

/** The shortcut table itself: no key does two things, and Help's groups follow one another. */
class PlannerShortcutTest {

    @Test
    void noTwoBoundShortcutsShareTheirKeys() {
        assertThat(Arrays.stream(PlannerShortcut.values()).filter(s -> s.scope() != PlannerShortcut.Scope.DIALOG)
                         .map(PlannerShortcut::keys).toList()).doesNotHaveDuplicates();
    }

    @Test
    void eachScopeIsOneGroupInTheTable() {
        assertThat(Arrays.stream(PlannerShortcut.values()).map(PlannerShortcut::scope).toList())
                .isSortedAccordingTo(Comparator.naturalOrder());
    }
}

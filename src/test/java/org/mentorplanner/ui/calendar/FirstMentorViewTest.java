package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class FirstMentorViewTest {

    private static List<Long> mentors(int count) {
        return LongStream.rangeClosed(1, count).boxed().toList();
    }

    @Test
    void aSmallProgrammeShowsEveryMentor() {
        assertThat(FirstMentorView.shown(mentors(FirstMentorView.LIMIT), Optional.empty(), Optional.empty()))
                .containsExactlyElementsOf(mentors(FirstMentorView.LIMIT));
    }

    @Test
    void aLargeProgrammeOpensOnTheFirstMentorsOfTheList() {
        assertThat(FirstMentorView.shown(mentors(200), Optional.empty(), Optional.empty()))
                .hasSize(FirstMentorView.LIMIT)
                .containsExactlyElementsOf(mentors(FirstMentorView.LIMIT));
    }

    @Test
    void aMentorOpensOnTheirOwnCalendar() {
        assertThat(FirstMentorView.shown(mentors(200), Optional.of(150L), Optional.empty())).containsExactly(150L);
        assertThat(FirstMentorView.shown(mentors(3), Optional.of(2L), Optional.empty())).containsExactly(2L);
    }

    @Test
    void anActorWhoIsNotAListedMentorGetsTheFirstMentors() {
        assertThat(FirstMentorView.shown(mentors(200), Optional.of(999L), Optional.empty()))
                .hasSize(FirstMentorView.LIMIT).doesNotContain(999L);
    }

    @Test
    void theLastChoiceWinsInListOrderWithoutMentorsWhoAreGone() {
        assertThat(FirstMentorView.shown(mentors(200), Optional.of(150L), Optional.of(Set.of(180L, 3L, 999L))))
                .containsExactly(3L, 180L);
    }

    @Test
    void aChoiceOfNobodyStillThereOpensAsWithoutOne() {
        assertThat(FirstMentorView.shown(mentors(200), Optional.empty(), Optional.of(Set.of(999L))))
                .containsExactlyElementsOf(mentors(FirstMentorView.LIMIT));
        assertThat(FirstMentorView.shown(mentors(200), Optional.empty(), Optional.of(Set.of())))
                .containsExactlyElementsOf(mentors(FirstMentorView.LIMIT));
    }
}

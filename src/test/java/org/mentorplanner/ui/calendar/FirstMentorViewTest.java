package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class FirstMentorViewTest {

    private static List<Long> mentors(int count) {
        return LongStream.rangeClosed(1, count).boxed().toList();
    }

    @Test
    void aSmallProgrammeShowsEveryMentor() {
        assertThat(FirstMentorView.shown(mentors(FirstMentorView.LIMIT), Optional.empty()))
                .containsExactlyElementsOf(mentors(FirstMentorView.LIMIT));
        assertThat(FirstMentorView.shown(mentors(3), Optional.of(2L))).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aLargeProgrammeOpensOnTheFirstMentorsOfTheList() {
        assertThat(FirstMentorView.shown(mentors(200), Optional.empty()))
                .hasSize(FirstMentorView.LIMIT)
                .containsExactlyElementsOf(mentors(FirstMentorView.LIMIT));
    }

    @Test
    void aMentorOfALargeProgrammeOpensOnTheirOwnCalendar() {
        assertThat(FirstMentorView.shown(mentors(200), Optional.of(150L))).containsExactly(150L);
    }

    @Test
    void anActorWhoIsNotAListedMentorGetsTheFirstMentors() {
        assertThat(FirstMentorView.shown(mentors(200), Optional.of(999L))).hasSize(FirstMentorView.LIMIT).doesNotContain(999L);
    }
}

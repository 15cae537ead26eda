package org.mentorplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The mentors shown last are kept per database file, at once, and a bad value opens as if none were kept. */
class UserChoicesTest {

    private final StoredPreferences preferences = new StoredPreferences();
    private final UserChoices choices = UserChoices.in(preferences, Locale.UK);
    private final Path file = Path.of("planner.db");

    @Test
    void eachFileKeepsItsOwnShownMentorsInTheOrderChosen() throws Exception {
        choices.chooseShownMentors(file, new LinkedHashSet<>(List.of(7L, 3L, 12L)));
        choices.chooseShownMentors(Path.of("other", "planner.db"), Set.of(1L));

        assertThat(choices.shownMentors(file)).hasValueSatisfying(ids -> assertThat(ids).containsExactly(7L, 3L, 12L));
        assertThat(choices.shownMentors(file.toAbsolutePath().getParent().resolve("./planner.db")))
                .as("the same file by another path").hasValueSatisfying(ids -> assertThat(ids).containsExactly(7L, 3L, 12L));
        assertThat(choices.shownMentors(Path.of("other", "planner.db"))).hasValue(Set.of(1L));
        assertThat(choices.shownMentors(Path.of("never-opened.db"))).isEmpty();
        assertThat(preferences.keys()).allSatisfy(key -> assertThat(key.length()).isLessThanOrEqualTo(80));
        assertThat(preferences.keys()).as("written to the backing store at once")
                .allSatisfy(key -> assertThat(preferences.stored(key)).isNotNull());
    }

    @Test
    void aValueItCannotReadOpensAsIfNothingWereKept() throws Exception {
        choices.chooseShownMentors(file, Set.of(7L));
        String key = preferences.keys()[0];
        preferences.put(key, "7,seven");

        assertThat(choices.shownMentors(file)).isEmpty();
    }

    @Test
    void aChoiceTooLongForThePreferencesIsForgottenRatherThanCut() {
        choices.chooseShownMentors(file, Set.of(7L));
        choices.chooseShownMentors(file, LongStream.rangeClosed(1_000_000, 1_002_000).boxed().collect(Collectors.toSet()));

        assertThat(choices.shownMentors(file)).isEmpty();
    }
}

package org.mentorplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionUidsTest {

    private static UUID uuidOf(String uid) {
        return UUID.fromString(uid.substring("session-".length(), uid.length() - "@mentor-planner".length()));
    }

    @Test
    void aSequenceGivesDistinctOrderedRandomUuidsInTheUsualForm() {
        SessionUids.Sequence sequence = SessionUids.sequence();
        List<String> uids = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            uids.add(sequence.next());
        }

        assertThat(new HashSet<>(uids)).hasSize(uids.size());
        assertThat(uids).isSorted();
        assertThat(uids).allSatisfy(uid -> {
            assertThat(uid).matches("session-[0-9a-f-]{36}@mentor-planner");
            assertThat(uuidOf(uid).version()).isEqualTo(4);
            assertThat(uuidOf(uid).variant()).isEqualTo(2);
        });
    }

    @Test
    void twoSequencesStartApart() {
        String first = SessionUids.sequence().next();
        String second = SessionUids.sequence().next();

        assertThat(uuidOf(first).getMostSignificantBits()).isNotEqualTo(uuidOf(second).getMostSignificantBits());
        assertThat(SessionUids.random()).isNotEqualTo(SessionUids.random());
    }
}

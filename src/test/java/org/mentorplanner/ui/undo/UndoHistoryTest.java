package org.mentorplanner.ui.undo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.SessionStatus;

class UndoHistoryTest {

    private final UndoHistory history = new UndoHistory();

    private static MentorshipSession at(String start) {
        return new MentorshipSession(7, new SessionDetails(1, null, 2, LocalDateTime.parse(start), Duration.ofHours(1),
                EnrollmentMethod.IN_PERSON, null, null, Set.of(), "Chat", ""), ZoneId.of("Europe/Berlin"),
                SessionStatus.DRAFT, null, null, 0, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void aChangeMovesToRedoOnlyOnceItsUndoWasWritten() {
        SessionChange move = new SessionChange("Move 'Chat'", at("2026-12-01T10:00"), at("2026-12-01T11:00"));
        history.record(move);

        assertThat(history.nextUndo()).contains(move);
        assertThat(history.undoLabelProperty().get()).isEqualTo("Undo Move 'Chat'");
        assertThat(history.canRedoProperty().get()).isFalse();

        history.undone(move);

        assertThat(history.canUndoProperty().get()).isFalse();
        assertThat(history.nextRedo()).contains(move);
        assertThat(history.redoLabelProperty().get()).isEqualTo("Redo Move 'Chat'");
    }

    @Test
    void aNewChangeClearsWhatCouldBeRedone() {
        SessionChange first = new SessionChange("Create 'Chat'", null, at("2026-12-01T10:00"));
        history.record(first);
        history.undone(first);

        history.record(new SessionChange("Delete 'Chat'", at("2026-12-01T10:00"), null));

        assertThat(history.canRedoProperty().get()).isFalse();
        assertThat(history.nextUndo().orElseThrow().label()).isEqualTo("Delete 'Chat'");
    }
}

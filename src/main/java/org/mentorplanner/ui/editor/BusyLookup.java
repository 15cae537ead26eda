package org.mentorplanner.ui.editor;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.mentorplanner.domain.busy.BusyBlock;

/**
 * How the editor learns a mentor's busy time from their own calendars: asked off the FX thread,
 * answered on it.
 */
@FunctionalInterface
public interface BusyLookup {

    /** Answers nothing: for editors opened without busy sources (tests, previews). */
    BusyLookup NONE = (mentorId, from, to, answer) -> { };

    /** Calls {@code answer} on the FX thread with the mentor's busy time overlapping {@code [from, to)}. */
    void overlapping(long mentorId, Instant from, Instant to, Consumer<List<BusyBlock>> answer);
}

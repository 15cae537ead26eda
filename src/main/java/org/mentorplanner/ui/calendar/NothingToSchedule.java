package org.mentorplanner.ui.calendar;

import java.util.Optional;
import org.mentorplanner.ui.editor.EditorChoices;

/**
 * Why a new session cannot be made yet (no mentors, no places, or "I" may schedule for nobody),
 * in words that say how to get there, instead of an editor whose fields cannot be filled.
 *
 * @param header      the question's heading
 * @param text        what is missing and how to add it
 * @param offerSample whether the database is empty, so the sample organisation may be offered
 */
record NothingToSchedule(String header, String text, boolean offerSample) {

    /** What is missing for a new session, if anything. */
    static Optional<NothingToSchedule> check(EditorChoices choices) {
        boolean noMentors = choices.mentors().isEmpty();
        boolean noPlaces = choices.locations().isEmpty();
        boolean empty = noMentors && noPlaces && choices.mentees().isEmpty();
        String importHint = " Import them from CSV files with \"Import people or places…\"";
        if (noMentors && noPlaces) {
            return Optional.of(new NothingToSchedule("There are no mentors or places yet",
                    "A session needs a mentor and a place (an office or an online room)." + importHint
                            + (empty ? ", or look around in the sample organisation first." : "."), empty));
        }
        if (noMentors) {
            return Optional.of(new NothingToSchedule("There are no mentors yet",
                    "A session needs a mentor: import people with the mentor role." + importHint + ".", false));
        }
        if (noPlaces) {
            return Optional.of(new NothingToSchedule("There are no places yet",
                    "A session needs a place (an office or an online room) with its time zone." + importHint + ".", false));
        }
        if (choices.schedulableMentors().isEmpty()) {
            String me = choices.actor().person().map(p -> p.name()).orElse("You");
            return Optional.of(new NothingToSchedule("You may not schedule sessions",
                    me + " is neither a mentor nor a coordinator. Choose who you are in Menu → Settings…", false));
        }
        return Optional.empty();
    }
}

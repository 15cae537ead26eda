package org.mentorplanner.domain;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * The fields of a mentorship session that a person edits. Validated by {@link SessionRules}.
 *
 * @param mentorId   the mentor who gives the session
 * @param menteeId   the booked mentee, or {@code null} for an open slot; adding one directly books the session
 * @param locationId where the session takes place; its zone is the zone of {@code localStart}
 * @param localStart wall-clock start in the location's zone
 * @param duration   from 5 minutes to 12 hours
 * @param method     online, in person, or both
 * @param meetingUrl http(s) link, required for online and both; {@code null} when none
 * @param place      room or address for in-person sessions; {@code null} when none
 * @param groupIds   groups the session is restricted to; empty means the whole organisation
 * @param title      short title, may be empty
 * @param notes      free text, may be empty
 */
public record SessionDetails(
        long mentorId,
        Long menteeId,
        long locationId,
        LocalDateTime localStart,
        Duration duration,
        EnrollmentMethod method,
        String meetingUrl,
        String place,
        Set<Long> groupIds,
        String title,
        String notes) {

    public SessionDetails {
        Objects.requireNonNull(localStart, "localStart");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(method, "method");
        meetingUrl = blankToNull(meetingUrl);
        place = blankToNull(place);
        groupIds = groupIds == null ? Set.of() : Set.copyOf(groupIds);
        title = title == null ? "" : title.strip();
        notes = notes == null ? "" : notes.strip();
    }

    public boolean hasMentee() {
        return menteeId != null;
    }

    public SessionDetails withMentee(Long newMenteeId) {
        return new SessionDetails(mentorId, newMenteeId, locationId, localStart, duration, method,
                meetingUrl, place, groupIds, title, notes);
    }

    public SessionDetails withMentor(long newMentorId) {
        return new SessionDetails(newMentorId, menteeId, locationId, localStart, duration, method,
                meetingUrl, place, groupIds, title, notes);
    }

    public SessionDetails withLocalStart(LocalDateTime newStart) {
        return new SessionDetails(mentorId, menteeId, locationId, newStart, duration, method,
                meetingUrl, place, groupIds, title, notes);
    }

    public SessionDetails withDuration(Duration newDuration) {
        return new SessionDetails(mentorId, menteeId, locationId, localStart, newDuration, method,
                meetingUrl, place, groupIds, title, notes);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package org.mentorplanner.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The rules every saved session obeys, with messages a person understands. */
public final class SessionRules {

    public static final Duration MIN_DURATION = Duration.ofMinutes(5);
    public static final Duration MAX_DURATION = Duration.ofHours(12);
    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_NOTES_LENGTH = 10_000;

    private static final HttpLinkField MEETING_URL_LINK =
            new HttpLinkField(SessionField.MEETING_URL.label(), "https://meet.example.org/room");

    private SessionRules() {
    }

    /** A problem found by the rules, naming the field to fix. */
    public record Violation(SessionField field, String message) {
        InvalidInputException.Problem toProblem() {
            return new InvalidInputException.Problem(field.name(), message);
        }
    }

    /** Every rule {@code details} breaks in {@code context}; empty when it may be saved. */
    public static List<Violation> check(SessionDetails details, SessionContext context) {
        List<Violation> violations = new ArrayList<>();
        checkMentor(details, context, violations);
        checkMentee(details, context, violations);
        checkLocation(details, context, violations);
        checkDuration(details.duration(), violations);
        checkMeetingUrl(details, violations);
        for (Long groupId : details.groupIds()) {
            if (!context.knownGroupIds().contains(groupId)) {
                violations.add(new Violation(SessionField.GROUPS,
                        "Group #" + groupId + " does not exist: pick groups from the list."));
            }
        }
        // Characters as people count them: an emoji outside the BMP is one, not two UTF-16 units.
        if (details.title().codePointCount(0, details.title().length()) > MAX_TITLE_LENGTH) {
            violations.add(new Violation(SessionField.TITLE,
                    "Title is too long: keep it under " + MAX_TITLE_LENGTH + " characters."));
        }
        if (details.notes().codePointCount(0, details.notes().length()) > MAX_NOTES_LENGTH) {
            violations.add(new Violation(SessionField.NOTES,
                    "Notes are too long: keep them under " + MAX_NOTES_LENGTH + " characters."));
        }
        return List.copyOf(violations);
    }

    /** Throws an {@link InvalidInputException} listing every broken rule, if any. */
    public static void validate(SessionDetails details, SessionContext context) {
        List<Violation> violations = check(details, context);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream().map(Violation::toProblem).toList());
        }
    }

    /** Checks a meeting URL on its own: {@code null} when fine, else what is wrong. */
    public static String meetingUrlProblem(String url, EnrollmentMethod method) {
        if (url == null || url.isBlank()) {
            return method.needsMeetingUrl()
                    ? "Meeting URL is required for " + method.label().toLowerCase(Locale.ROOT)
                      + " sessions: paste the video call link (https://…)."
                    : null;
        }
        return MEETING_URL_LINK.problem(url);
    }

    /** Checks a duration on its own: {@code null} when fine, else what is wrong. */
    public static String durationProblem(Duration duration) {
        if (duration == null || duration.compareTo(MIN_DURATION) < 0 || duration.compareTo(MAX_DURATION) > 0) {
            return "Duration must be between 5 minutes and 12 hours.";
        }
        // Stored as whole minutes: a part of a minute would read back as a different end.
        if (duration.toSecondsPart() != 0 || duration.toNanosPart() != 0) {
            return "Duration must be a whole number of minutes.";
        }
        return null;
    }

    private static void checkMentor(SessionDetails details, SessionContext context, List<Violation> out) {
        Person mentor = context.mentor();
        if (mentor == null) {
            out.add(new Violation(SessionField.MENTOR, "Choose a mentor: person #" + details.mentorId() + " does not exist."));
            return;
        }
        if (!mentor.isMentor()) {
            out.add(new Violation(SessionField.MENTOR,
                    mentor.name() + " does not have the mentor role: choose a mentor, or give them the role first."));
        }
        if (!context.actor().mayScheduleFor(mentor)) {
            out.add(new Violation(SessionField.MENTOR,
                    "As a mentor you can only schedule your own sessions; ask a coordinator to schedule for "
                    + mentor.name() + "."));
        }
    }

    private static void checkMentee(SessionDetails details, SessionContext context, List<Violation> out) {
        if (!details.hasMentee()) {
            return;
        }
        Person mentee = context.mentee();
        if (mentee == null) {
            out.add(new Violation(SessionField.MENTEE, "Mentee #" + details.menteeId() + " does not exist: pick one from the list."));
        } else if (mentee.id() == details.mentorId()) {
            out.add(new Violation(SessionField.MENTEE, "The mentee cannot be the mentor: choose someone else or leave the mentee empty."));
        }
    }

    private static void checkLocation(SessionDetails details, SessionContext context, List<Violation> out) {
        Location location = context.location();
        if (location == null) {
            out.add(new Violation(SessionField.LOCATION, "Choose a location: location #" + details.locationId() + " does not exist."));
        } else if (location.isOnline() && details.method() == EnrollmentMethod.IN_PERSON) {
            out.add(new Violation(SessionField.METHOD,
                    location.name() + " is an online location: choose Online or Both, or pick a physical location."));
        }
    }

    private static void checkDuration(Duration duration, List<Violation> out) {
        String problem = durationProblem(duration);
        if (problem != null) {
            out.add(new Violation(SessionField.DURATION, problem));
        }
    }

    private static void checkMeetingUrl(SessionDetails details, List<Violation> out) {
        String problem = meetingUrlProblem(details.meetingUrl(), details.method());
        if (problem != null) {
            out.add(new Violation(SessionField.MEETING_URL, problem));
        }
    }
}

package org.mentorplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionRulesTest {

    private static final Person ADA = new Person(1, "ada@example.org", "Ada", Set.of(Role.MENTOR));
    private static final Person BOB = new Person(2, "bob@example.org", "Bob", Set.of(Role.MENTOR));
    private static final Person MIA = new Person(3, "mia@example.org", "Mia", Set.of(Role.MENTEE));
    private static final Person CORA = new Person(4, "cora@example.org", "Cora", Set.of(Role.COORDINATOR));
    private static final Location OFFICE = new Location(10, "New York office", ZoneId.of("America/New_York"), LocationKind.IN_PERSON);
    private static final Location ZOOM = new Location(11, "Zoom", ZoneId.of("Europe/London"), LocationKind.ONLINE);
    private static final long WOMEN_IN_TECH = 20;

    /** A session that breaks no rule: Ada online at the office, with a link. */
    private static SessionDetails valid() {
        return new SessionDetails(ADA.id(), null, OFFICE.id(), LocalDateTime.parse("2026-12-01T10:00"),
                Duration.ofMinutes(45), EnrollmentMethod.ONLINE, "https://meet.example.org/ada", null,
                Set.of(WOMEN_IN_TECH), "Career chat", "");
    }

    private static SessionDetails withMethodAndUrl(EnrollmentMethod method, String url) {
        SessionDetails d = valid();
        return new SessionDetails(d.mentorId(), d.menteeId(), d.locationId(), d.localStart(), d.duration(), method,
                url, "Room 4", d.groupIds(), d.title(), d.notes());
    }

    private static SessionContext context(Actor actor) {
        return new SessionContext(actor, ADA, null, OFFICE, Set.of(WOMEN_IN_TECH));
    }

    private static SessionContext ownerContext() {
        return context(Actor.owner());
    }

    @Test
    void validSessionHasNoViolations() {
        assertThat(SessionRules.check(valid(), ownerContext())).isEmpty();
        assertThatCode(() -> SessionRules.validate(valid(), ownerContext())).doesNotThrowAnyException();
    }

    @Nested
    class MeetingUrl {

        @ParameterizedTest
        @ValueSource(strings = {"ONLINE", "BOTH"})
        void isRequiredForOnlineAndBoth(EnrollmentMethod method) {
            assertThat(SessionRules.check(withMethodAndUrl(method, null), ownerContext()))
                    .singleElement()
                    .satisfies(v -> {
                        assertThat(v.field()).isEqualTo(SessionField.MEETING_URL);
                        assertThat(v.message()).isEqualTo("Meeting URL is required for "
                                + method.label().toLowerCase(Locale.ROOT)
                                + " sessions: paste the video call link (https://…).");
                    });
        }

        @Test
        void blankUrlCountsAsMissing() {
            assertThat(SessionRules.check(withMethodAndUrl(EnrollmentMethod.BOTH, "   "), ownerContext()))
                    .extracting(SessionRules.Violation::field)
                    .containsExactly(SessionField.MEETING_URL);
        }

        @Test
        void isOptionalInPerson() {
            assertThat(SessionRules.check(withMethodAndUrl(EnrollmentMethod.IN_PERSON, null), ownerContext())).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"http://meet.example.org/room", "https://meet.example.org/room?pwd=1", "HTTPS://Meet.Example.org"})
        void acceptsHttpAndHttps(String url) {
            assertThat(SessionRules.meetingUrlProblem(url, EnrollmentMethod.ONLINE)).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"ftp://files.example.org/room", "javascript:alert(1)", "mailto:ada@example.org", "zoom.us/j/123"})
        void refusesOtherSchemes(String url) {
            assertThat(SessionRules.meetingUrlProblem(url, EnrollmentMethod.ONLINE))
                    .isEqualTo("Meeting URL must be a full http(s) link, starting with http:// or https://, like https://meet.example.org/room.");
        }

        @Test
        void refusesOtherSchemesEvenInPerson() {
            assertThat(SessionRules.check(withMethodAndUrl(EnrollmentMethod.IN_PERSON, "ftp://x.example.org"), ownerContext()))
                    .extracting(SessionRules.Violation::field)
                    .containsExactly(SessionField.MEETING_URL);
        }

        @Test
        void needsAHost() {
            assertThat(SessionRules.meetingUrlProblem("https:///room", EnrollmentMethod.ONLINE))
                    .isEqualTo("Meeting URL has no host name: it must be a full http(s) link, like https://meet.example.org/room.");
        }

        @Test
        void acceptsHostNamesWithUnderscores() {
            assertThat(SessionRules.meetingUrlProblem("https://team_room.example.org/ada", EnrollmentMethod.ONLINE)).isNull();
        }

        @Test
        void malformedLinkSaysWhy() {
            assertThat(SessionRules.meetingUrlProblem("https://meet example.org", EnrollmentMethod.ONLINE))
                    .startsWith("Meeting URL is not a valid link (")
                    .endsWith("it must be a full http(s) link, like https://meet.example.org/room.");
        }
    }

    @Nested
    class Length {

        @ParameterizedTest
        @ValueSource(longs = {5, 6, 45, 719, 720})
        void acceptsFiveMinutesToTwelveHours(long minutes) {
            assertThat(SessionRules.durationProblem(Duration.ofMinutes(minutes))).isNull();
            assertThat(SessionRules.check(valid().withDuration(Duration.ofMinutes(minutes)), ownerContext())).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(longs = {0, 4, 721, 1440, -30})
        void refusesShorterOrLonger(long minutes) {
            assertThat(SessionRules.check(valid().withDuration(Duration.ofMinutes(minutes)), ownerContext()))
                    .singleElement()
                    .isEqualTo(new SessionRules.Violation(SessionField.DURATION, "Duration must be between 5 minutes and 12 hours."));
        }

        @Test
        void refusesMissingDuration() {
            assertThat(SessionRules.durationProblem(null)).isEqualTo("Duration must be between 5 minutes and 12 hours.");
        }

        @Test
        void refusesPartsOfAMinute() {
            // Durations are stored in whole minutes: 45m30s would read back as 45m with a different end.
            assertThat(SessionRules.check(valid().withDuration(Duration.ofSeconds(45 * 60 + 30)), ownerContext()))
                    .singleElement()
                    .isEqualTo(new SessionRules.Violation(SessionField.DURATION, "Duration must be a whole number of minutes."));
        }
    }

    @Nested
    class People {

        @Test
        void mentorMustHaveTheMentorRole() {
            SessionDetails byMia = valid().withMentor(MIA.id());
            SessionContext ctx = new SessionContext(Actor.owner(), MIA, null, OFFICE, Set.of(WOMEN_IN_TECH));

            assertThat(SessionRules.check(byMia, ctx)).singleElement().isEqualTo(new SessionRules.Violation(SessionField.MENTOR,
                    "Mia does not have the mentor role: choose a mentor, or give them the role first."));
        }

        @Test
        void unknownMentorIsRefused() {
            SessionContext ctx = new SessionContext(Actor.owner(), null, null, OFFICE, Set.of(WOMEN_IN_TECH));

            assertThat(SessionRules.check(valid().withMentor(99), ctx)).singleElement().isEqualTo(
                    new SessionRules.Violation(SessionField.MENTOR, "Choose a mentor: person #99 does not exist."));
        }

        @Test
        void menteeCannotBeTheMentor() {
            SessionContext ctx = new SessionContext(Actor.owner(), ADA, ADA, OFFICE, Set.of(WOMEN_IN_TECH));

            assertThat(SessionRules.check(valid().withMentee(ADA.id()), ctx)).singleElement().isEqualTo(
                    new SessionRules.Violation(SessionField.MENTEE,
                            "The mentee cannot be the mentor: choose someone else or leave the mentee empty."));
        }

        @Test
        void unknownMenteeIsRefused() {
            assertThat(SessionRules.check(valid().withMentee(77L), ownerContext())).singleElement().isEqualTo(
                    new SessionRules.Violation(SessionField.MENTEE, "Mentee #77 does not exist: pick one from the list."));
        }

        @Test
        void existingMenteeIsAccepted() {
            SessionContext ctx = new SessionContext(Actor.owner(), ADA, MIA, OFFICE, Set.of(WOMEN_IN_TECH));

            assertThat(SessionRules.check(valid().withMentee(MIA.id()), ctx)).isEmpty();
        }

        @Test
        void mentorMayScheduleForThemself() {
            assertThat(SessionRules.check(valid(), context(Actor.of(ADA)))).isEmpty();
        }

        @Test
        void mentorMayNotScheduleForAnotherMentor() {
            SessionContext ctx = new SessionContext(Actor.of(BOB), ADA, null, OFFICE, Set.of(WOMEN_IN_TECH));

            assertThat(SessionRules.check(valid(), ctx)).singleElement().isEqualTo(new SessionRules.Violation(SessionField.MENTOR,
                    "As a mentor you can only schedule your own sessions; ask a coordinator to schedule for Ada."));
        }

        @Test
        void coordinatorAndOwnerMayScheduleForAnyMentor() {
            assertThat(SessionRules.check(valid(), context(Actor.of(CORA)))).isEmpty();
            assertThat(SessionRules.check(valid(), context(Actor.owner()))).isEmpty();
        }

        @Test
        void menteeMayNotScheduleAtAll() {
            assertThat(Actor.of(MIA).mayScheduleFor(ADA)).isFalse();
            assertThat(Actor.of(MIA).actsForEveryone()).isFalse();
        }

        @Test
        void personWithoutMentorRoleMayNotScheduleForThemself() {
            Person menteeOnly = new Person(5, "carl@example.org", "Carl", Set.of(Role.MENTEE));

            assertThat(Actor.of(menteeOnly).mayScheduleFor(menteeOnly)).isFalse();
        }
    }

    @Nested
    class References {

        @Test
        void unknownGroupIsRefused() {
            SessionDetails d = valid();
            SessionDetails withStrangeGroup = new SessionDetails(d.mentorId(), null, d.locationId(), d.localStart(),
                    d.duration(), d.method(), d.meetingUrl(), null, Set.of(WOMEN_IN_TECH, 42L), "", "");

            assertThat(SessionRules.check(withStrangeGroup, ownerContext())).singleElement().isEqualTo(
                    new SessionRules.Violation(SessionField.GROUPS, "Group #42 does not exist: pick groups from the list."));
        }

        @Test
        void unknownLocationIsRefused() {
            SessionContext ctx = new SessionContext(Actor.owner(), ADA, null, null, Set.of(WOMEN_IN_TECH));

            assertThat(SessionRules.check(valid(), ctx)).singleElement().isEqualTo(
                    new SessionRules.Violation(SessionField.LOCATION, "Choose a location: location #10 does not exist."));
        }

        @Test
        void inPersonAtAnOnlineLocationIsRefused() {
            SessionContext ctx = new SessionContext(Actor.owner(), ADA, null, ZOOM, Set.of(WOMEN_IN_TECH));

            assertThat(SessionRules.check(withMethodAndUrl(EnrollmentMethod.IN_PERSON, null), ctx)).singleElement().isEqualTo(
                    new SessionRules.Violation(SessionField.METHOD,
                            "Zoom is an online location: choose Online or Both, or pick a physical location."));
        }

        @ParameterizedTest
        @ValueSource(strings = {"ONLINE", "BOTH"})
        void onlineOrBothAtAnOnlineLocationIsFine(EnrollmentMethod method) {
            SessionContext ctx = new SessionContext(Actor.owner(), ADA, null, ZOOM, Set.of(WOMEN_IN_TECH));

            assertThat(SessionRules.check(withMethodAndUrl(method, "https://zoom.example.org/j/1"), ctx)).isEmpty();
        }
    }

    @Nested
    class Texts {

        @Test
        void tooLongTitleIsRefused() {
            SessionDetails d = valid();
            SessionDetails longTitle = new SessionDetails(d.mentorId(), null, d.locationId(), d.localStart(), d.duration(),
                    d.method(), d.meetingUrl(), null, d.groupIds(), "x".repeat(SessionRules.MAX_TITLE_LENGTH + 1), "");

            assertThat(SessionRules.check(longTitle, ownerContext())).singleElement().isEqualTo(
                    new SessionRules.Violation(SessionField.TITLE, "Title is too long: keep it under 200 characters."));
        }

        @Test
        void titleLengthCountsCharactersNotUtf16Units() {
            SessionDetails d = valid();
            String emoji = "\uD83D\uDE80"; // one character, two UTF-16 units
            SessionDetails atLimit = new SessionDetails(d.mentorId(), null, d.locationId(), d.localStart(), d.duration(),
                    d.method(), d.meetingUrl(), null, d.groupIds(), emoji.repeat(SessionRules.MAX_TITLE_LENGTH), "");
            SessionDetails overLimit = new SessionDetails(d.mentorId(), null, d.locationId(), d.localStart(), d.duration(),
                    d.method(), d.meetingUrl(), null, d.groupIds(), emoji.repeat(SessionRules.MAX_TITLE_LENGTH + 1), "");

            assertThat(SessionRules.check(atLimit, ownerContext())).isEmpty();
            assertThat(SessionRules.check(overLimit, ownerContext())).extracting(SessionRules.Violation::field)
                                                                      .containsExactly(SessionField.TITLE);
        }

        @Test
        void tooLongNotesAreRefused() {
            SessionDetails d = valid();
            SessionDetails longNotes = new SessionDetails(d.mentorId(), null, d.locationId(), d.localStart(), d.duration(),
                    d.method(), d.meetingUrl(), null, d.groupIds(), "", "x".repeat(SessionRules.MAX_NOTES_LENGTH + 1));

            assertThat(SessionRules.check(longNotes, ownerContext())).extracting(SessionRules.Violation::field)
                    .containsExactly(SessionField.NOTES);
        }
    }

    @Test
    void validateListsEveryProblemWithItsField() {
        SessionDetails d = valid();
        SessionDetails bad = new SessionDetails(d.mentorId(), null, d.locationId(), d.localStart(), Duration.ofMinutes(1),
                EnrollmentMethod.ONLINE, null, null, Set.of(), "", "");

        assertThatThrownBy(() -> SessionRules.validate(bad, ownerContext()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Duration must be between 5 minutes and 12 hours. "
                        + "Meeting URL is required for online sessions: paste the video call link (https://…).")
                .extracting(e -> ((InvalidInputException) e).problems())
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactly(
                        new InvalidInputException.Problem("DURATION", "Duration must be between 5 minutes and 12 hours."),
                        new InvalidInputException.Problem("MEETING_URL",
                                "Meeting URL is required for online sessions: paste the video call link (https://…)."));
    }

    @Test
    void detailsTidyTheirTexts() {
        SessionDetails d = new SessionDetails(1, null, 2, LocalDateTime.parse("2026-12-01T10:00"), Duration.ofMinutes(30),
                EnrollmentMethod.IN_PERSON, "  ", "  Room 4 ", null, "  Chat ", null);

        assertThat(d.meetingUrl()).isNull();
        assertThat(d.place()).isEqualTo("Room 4");
        assertThat(d.groupIds()).isEmpty();
        assertThat(d.title()).isEqualTo("Chat");
        assertThat(d.notes()).isEmpty();
    }
}

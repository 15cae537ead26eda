package org.mentorplanner.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.service.port.SessionQuery;

/** Booking links: 128 random bits, URL-safe, unique, revoked when unpublished or cancelled, new when republished. */
class BookingLinkTest {

    private static final Pattern URL_SAFE_22 = Pattern.compile("[A-Za-z0-9_-]{22}");

    @TempDir
    Path folder;

    private GuiceWorkspace workspace;
    private SessionService sessions;
    private Person ada;
    private Location berlin;

    @BeforeEach
    void open() {
        workspace = GuiceWorkspace.open(folder.resolve("planner.db"), Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC));
        DirectoryService directory = workspace.service(DirectoryService.class);
        ada = directory.savePerson(new DirectoryService.PersonInput("ada@example.org", "Ada", Set.of(Role.MENTOR), Set.of()));
        berlin = directory.saveLocation(new DirectoryService.LocationInput("Berlin", "Europe/Berlin", "in-person"));
        sessions = workspace.service(SessionService.class);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private MentorshipSession create(int hour, boolean publish) {
        return sessions.create(Actor.owner(), new SessionDetails(ada.id(), null, berlin.id(),
                LocalDateTime.of(2026, 12, 1, 8, 0).plusHours(hour), Duration.ofMinutes(30), EnrollmentMethod.IN_PERSON,
                null, null, Set.of(), "Slot " + hour, ""), publish).session();
    }

    @Test
    void tokenIs128RandomBitsInUrlSafeBase64() {
        BookingTokens tokens = new BookingTokens();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String token = tokens.next();
            assertThat(token).matches(URL_SAFE_22);
            assertThat(Base64.getUrlDecoder().decode(token)).hasSize(16);
            seen.add(token);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void everyPublishedSessionHasItsOwnStoredToken() {
        Set<String> tokens = new HashSet<>();
        IntStream.range(0, 10).forEach(hour -> tokens.add(create(hour, true).bookingToken()));

        assertThat(tokens).hasSize(10).allMatch(token -> URL_SAFE_22.matcher(token).matches());
        assertThat(sessions.list(SessionQuery.all())).extracting(MentorshipSession::bookingToken).containsExactlyInAnyOrderElementsOf(tokens);
    }

    @Test
    void draftsHaveNoLink() {
        MentorshipSession draft = create(1, false);

        assertThat(draft.bookingToken()).isNull();
        assertThat(sessions.describe(List.of(draft)).getFirst().bookingUrl()).isNull();
    }

    @Test
    void unpublishRevokesTheLinkAndRepublishingMakesANewOne() {
        MentorshipSession published = create(1, true);
        String first = published.bookingToken();

        MentorshipSession unpublished = sessions.unpublish(Actor.owner(), published.id());
        assertThat(unpublished.bookingToken()).isNull();
        assertThat(sessions.require(published.id()).bookingToken()).isNull();

        MentorshipSession republished = sessions.publish(Actor.owner(), published.id());
        assertThat(republished.bookingToken()).isNotNull().isNotEqualTo(first).matches(URL_SAFE_22);
    }

    @Test
    void cancelRevokesTheLink() {
        MentorshipSession published = create(1, true);

        MentorshipSession cancelled = sessions.cancel(Actor.owner(), published.id());

        assertThat(cancelled.bookingToken()).isNull();
        assertThat(sessions.describe(List.of(cancelled)).getFirst().bookingUrl()).isNull();
    }

    @Test
    void regeneratingReplacesALeakedLink() {
        MentorshipSession published = create(1, true);

        MentorshipSession regenerated = sessions.regenerateLink(Actor.owner(), published.id());

        assertThat(regenerated.bookingToken()).isNotEqualTo(published.bookingToken()).matches(URL_SAFE_22);
        assertThat(regenerated.revision()).isGreaterThan(published.revision());
    }

    @Test
    void bookingUrlIsThePortalBaseWithTheToken() {
        workspace.service(SettingsService.class).setPortalBaseUrl("https://book.example.net/s");
        MentorshipSession published = create(1, true);

        assertThat(sessions.describe(List.of(published)).getFirst().bookingUrl())
                .isEqualTo("https://book.example.net/s/" + published.bookingToken());
    }
}

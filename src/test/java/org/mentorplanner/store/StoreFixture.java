package org.mentorplanner.store;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.testing.Organisation;

/** A migrated SQLite file with two mentors, a mentee and two locations, for repository tests. */
final class StoreFixture implements AutoCloseable {

    static final Instant CREATED = Instant.parse("2026-11-01T12:00:00Z");

    final SqliteStorage storage;
    final Person ada;
    final Person bob;
    final Person mia;
    final Location newYork;
    final Location london;

    StoreFixture(Path folder) {
        storage = SqliteStorage.open(folder.resolve("planner.db"));
        Organisation organisation = Organisation.builder()
                .location("New York office", "America/New_York", "in-person")
                .location("Zoom London", "Europe/London", "online")
                .person("ada@example.org", "Ada", Set.of(Role.MENTOR))
                .person("bob@example.org", "Bob", Set.of(Role.MENTOR, Role.COORDINATOR))
                .person("mia@example.org", "Mia", Set.of(Role.MENTEE))
                .saveWith(new DirectoryService(storage));
        ada = organisation.person("ada@example.org");
        bob = organisation.person("bob@example.org");
        mia = organisation.person("mia@example.org");
        newYork = organisation.location("New York office");
        london = organisation.location("Zoom London");
    }

    /** An unsaved draft of {@code mentor} at the New York office. */
    MentorshipSession draft(Person mentor, String localStart, Duration duration) {
        SessionDetails details = new SessionDetails(mentor.id(), null, newYork.id(), LocalDateTime.parse(localStart),
                duration, EnrollmentMethod.IN_PERSON, null, "Room 4", Set.of(), "", "");
        return new MentorshipSession(0, details, newYork.zone(), SessionStatus.DRAFT, null, null, 0, CREATED, CREATED);
    }

    MentorshipSession saved(Person mentor, String localStart, Duration duration) {
        MentorshipSession draft = draft(mentor, localStart, duration);
        return storage.transact(r -> r.sessions().insert(draft));
    }

    /** {@code s} in {@code status} with {@code token}, whatever the status rules say: any row the store may hold. */
    static MentorshipSession withStatus(MentorshipSession s, SessionStatus status, String token) {
        return new MentorshipSession(s.id(), s.details(), s.zone(), status, s.seriesId(), token, s.revision(),
                s.createdAt(), s.updatedAt(), s.uid());
    }

    @Override
    public void close() {
        storage.close();
    }
}

package org.mentorplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.service.port.BusyRange;
import org.mentorplanner.service.port.MentorWindow;

/**
 * The busy ranges a bulk duplicate reads for its copies' own windows ({@code findBusyIn}): the
 * same sessions as asking about each window alone ({@code findOverlapping}), at the edges too,
 * whichever way {@link BusyWindows} reads them (a search per window, or the span kept where it
 * meets a window).
 * Times are New York wall clock (UTC-5 in December).
 */
class BusyWindowsQueryTest extends StoreTestBase {

    private static Instant ny(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("America/New_York")).toInstant();
    }

    private static MentorWindow window(Person mentor, String from, String to) {
        return new MentorWindow(mentor.id(), ny(from), ny(to));
    }

    /** Through the repository, then both ways of the read (a search per window, the span read), which must agree. */
    private List<Long> busyIn(MentorWindow... windows) {
        List<BusyRange> found = db.storage.transact(r -> r.sessions().findBusyIn(List.of(windows)));
        assertThat(bothWays(List.of(windows))).containsOnly(found);
        return found.stream().map(BusyRange::sessionId).toList();
    }

    private List<List<BusyRange>> bothWays(List<MentorWindow> windows) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("planner.db"))) {
            return List.of(BusyWindows.overlapping(connection, windows, 0), BusyWindows.overlapping(connection, windows, Integer.MAX_VALUE));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private MentorshipSession cancelled(Person mentor, String start, Duration duration) {
        MentorshipSession session = db.saved(mentor, start, duration);
        db.storage.transactVoid(r -> r.sessions().update(StoreFixture.withStatus(session, SessionStatus.CANCELLED, null)));
        return session;
    }

    @Test
    void aSessionOverlapsAWindowOnlyByMoreThanATouch() {
        MentorshipSession endsAtTheStart = db.saved(db.ada, "2026-12-01T09:15", Duration.ofMinutes(45));
        MentorshipSession startsAtTheEnd = db.saved(db.ada, "2026-12-01T10:45", Duration.ofMinutes(45));
        MentorshipSession oneMinuteIntoTheStart = db.saved(db.ada, "2026-12-08T09:16", Duration.ofMinutes(45));
        MentorshipSession oneMinuteBeforeTheEnd = db.saved(db.ada, "2026-12-15T10:44", Duration.ofMinutes(45));

        assertThat(busyIn(window(db.ada, "2026-12-01T10:00", "2026-12-01T10:45"))).isEmpty();
        assertThat(busyIn(window(db.ada, "2026-12-08T10:00", "2026-12-08T10:45"))).containsExactly(oneMinuteIntoTheStart.id());
        assertThat(busyIn(window(db.ada, "2026-12-15T10:00", "2026-12-15T10:45"))).containsExactly(oneMinuteBeforeTheEnd.id());
        assertThat(List.of(endsAtTheStart.id(), startsAtTheEnd.id())).doesNotContainAnyElementsOf(
                busyIn(window(db.ada, "2026-12-01T10:00", "2026-12-01T10:45"), window(db.ada, "2026-12-08T10:00", "2026-12-08T10:45")));
    }

    @Test
    void cancelledSessionsAndOtherMentorsSessionsAreNotBusyTime() {
        cancelled(db.ada, "2026-12-01T10:00", Duration.ofHours(1));
        db.saved(db.bob, "2026-12-01T10:00", Duration.ofHours(1));

        assertThat(busyIn(window(db.ada, "2026-12-01T10:00", "2026-12-01T10:45"))).isEmpty();
    }

    @Test
    void aTwelveHourSessionFromTheEveningBeforeIsFound() {
        MentorshipSession night = db.saved(db.ada, "2026-11-30T22:46", Duration.ofHours(12));

        assertThat(busyIn(window(db.ada, "2026-12-01T10:45", "2026-12-01T11:30"))).containsExactly(night.id());
        assertThat(busyIn(window(db.ada, "2026-12-01T10:46", "2026-12-01T11:30"))).isEmpty();
    }

    @Test
    void aSessionAcrossManyWindowsComesOnceAndAllComeByMentorStartAndId() {
        MentorshipSession adaLong = db.saved(db.ada, "2026-12-01T09:00", Duration.ofHours(4));
        MentorshipSession bobFirst = db.saved(db.bob, "2026-12-01T08:00", Duration.ofMinutes(30));
        MentorshipSession bobTwin = db.saved(db.bob, "2026-12-01T08:00", Duration.ofMinutes(30));
        MentorshipSession adaEarly = db.saved(db.ada, "2026-12-01T07:00", Duration.ofMinutes(30));

        List<Long> found = busyIn(window(db.bob, "2026-12-01T08:00", "2026-12-01T08:15"),
                window(db.ada, "2026-12-01T10:00", "2026-12-01T10:15"), window(db.ada, "2026-12-01T07:15", "2026-12-01T09:00"),
                window(db.ada, "2026-12-01T09:00", "2026-12-01T09:30"), window(db.ada, "2026-12-01T12:00", "2026-12-01T12:45"));

        List<Long> byMentorStartAndId = new ArrayList<>(List.of(adaEarly.id(), adaLong.id()));
        List<Long> bob = new ArrayList<>(List.of(bobFirst.id(), bobTwin.id()));
        List<Long> expected = db.ada.id() < db.bob.id() ? byMentorStartAndId : bob;
        expected.addAll(db.ada.id() < db.bob.id() ? bob : byMentorStartAndId);
        assertThat(found).containsExactlyElementsOf(expected);
        assertThat(busyIn()).isEmpty();
    }

    @Test
    void aSeededHistoryGivesWhatEachWindowAskedAloneGives() {
        Random random = new Random(15);
        List<Person> mentors = List.of(db.ada, db.bob);
        LocalDateTime first = LocalDateTime.parse("2026-12-01T00:00");
        for (int i = 0; i < 400; i++) {
            Person mentor = mentors.get(random.nextInt(2));
            String start = first.plusMinutes(15L * random.nextInt(4 * 24 * 60)).toString();
            Duration duration = Duration.ofMinutes(15L * (1 + random.nextInt(random.nextInt(10) == 0 ? 48 : 6)));
            if (random.nextInt(10) == 0) {
                cancelled(mentor, start, duration);
            } else {
                db.saved(mentor, start, duration);
            }
        }
        List<MentorWindow> windows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Instant from = ny(first.plusMinutes(15L * random.nextInt(4 * 24 * 60)).toString());
            windows.add(new MentorWindow(mentors.get(random.nextInt(2)).id(), from, from.plus(Duration.ofMinutes(15L * (1 + random.nextInt(8))))));
        }

        List<BusyRange> found = db.storage.transact(r -> r.sessions().findBusyIn(windows));
        assertThat(bothWays(windows)).containsOnly(found);

        TreeMap<Long, MentorshipSession> expected = new TreeMap<>();
        for (MentorWindow window : windows) {
            db.storage.transact(r -> r.sessions().findOverlapping(window.mentorId(), window.start(), window.end()))
                      .forEach(session -> expected.put(session.id(), session));
        }
        List<MentorshipSession> inOrder = expected.values().stream()
                .sorted(Comparator.comparingLong(MentorshipSession::mentorId).thenComparing(MentorshipSession::startInstant)
                                  .thenComparingLong(MentorshipSession::id)).toList();
        assertThat(expected.size()).isGreaterThan(30);
        assertThat(found).containsExactlyElementsOf(inOrder.stream()
                .map(s -> new BusyRange(s.id(), s.mentorId(), s.startInstant(), s.endInstant())).toList());
    }
}

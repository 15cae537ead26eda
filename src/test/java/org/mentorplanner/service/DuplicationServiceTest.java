package org.mentorplanner.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.NotFoundException;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.domain.recurrence.Frequency;
import org.mentorplanner.domain.recurrence.Recurrence;
import org.mentorplanner.domain.recurrence.RecurrenceEnd;
import org.mentorplanner.service.port.BusySourceRepository;
import org.mentorplanner.service.port.CalendarPushRepository;
import org.mentorplanner.service.port.GroupRepository;
import org.mentorplanner.service.port.LocationRepository;
import org.mentorplanner.service.port.PersonRepository;
import org.mentorplanner.service.port.PlanningSyncRepository;
import org.mentorplanner.service.port.Repositories;
import org.mentorplanner.service.port.SessionQuery;
import org.mentorplanner.service.port.SessionRepository;
import org.mentorplanner.service.port.SettingsRepository;
import org.mentorplanner.service.port.Storage;
import org.mentorplanner.store.SqliteStorage;
import org.mentorplanner.time.PinnedMoment;

class DuplicationServiceTest extends SampleOrganisationTest {

    private SessionService sessions;
    private DuplicationService duplication;
    private long womenInTech;

    @BeforeEach
    void findServices() {
        womenInTech = workspace.service(Storage.class).transact(r -> r.groups().findByName("Women in Tech")).orElseThrow().id();
        sessions = workspace.service(SessionService.class);
        duplication = workspace.service(DuplicationService.class);
    }

    private SessionDetails details(Person mentor, String start) {
        return new SessionDetails(mentor.id(), null, newYork.id(), LocalDateTime.parse(start), Duration.ofMinutes(45),
                EnrollmentMethod.BOTH, "https://meet.example.org/ada", "Room 4", Set.of(womenInTech), "Career chat", "Bring a CV");
    }

    private MentorshipSession session(Person mentor, String start) {
        return sessions.create(Actor.owner(), details(mentor, start), false).session();
    }

    private MentorshipSession bookedSession(Person mentor, String start) {
        return sessions.create(Actor.owner(), details(mentor, start).withMentee(mia.id()), true).session();
    }

    private static DuplicationRequest weekly(int copies, MentorshipSession... sources) {
        return DuplicationRequest.of(Arrays.stream(sources).map(MentorshipSession::id).toList(),
                new Recurrence(Frequency.weekly(), RecurrenceEnd.count(copies)));
    }

    private long sessionCount() {
        return sessions.list(SessionQuery.all()).size();
    }

    @Test
    void duplicateCopiesEveryFieldButTheMenteeAndTheToken() {
        MentorshipSession source = bookedSession(ada, "2026-12-01T10:00");

        MentorshipSession copy = duplication.duplicate(Actor.owner(), source.id(), LocalDateTime.parse("2026-12-08T11:00"), false).session();

        assertThat(copy.details()).isEqualTo(source.details().withMentee(null).withLocalStart(LocalDateTime.parse("2026-12-08T11:00")));
        assertThat(copy.details().groupIds()).containsExactly(womenInTech);
        assertThat(copy.status()).isEqualTo(SessionStatus.DRAFT);
        assertThat(copy.bookingToken()).isNull();
        assertThat(copy.seriesId()).isNull();
        assertThat(sessions.require(copy.id())).isEqualTo(copy);
    }

    @Test
    void duplicateAskedToPublishGetsItsOwnBookingLink() {
        MentorshipSession source = bookedSession(ada, "2026-12-01T10:00");

        MentorshipSession copy = duplication.duplicate(Actor.owner(), source.id(), LocalDateTime.parse("2026-12-08T10:00"), true).session();

        assertThat(copy.status()).isEqualTo(SessionStatus.PUBLISHED);
        assertThat(copy.bookingToken()).isNotNull().isNotEqualTo(source.bookingToken());
        assertThat(copy.details().hasMentee()).isFalse();
    }

    @Test
    void duplicateOntoAnotherSessionSaysItOverlaps() {
        MentorshipSession source = session(ada, "2026-12-01T10:00");
        MentorshipSession other = session(ada, "2026-12-08T10:30");

        SaveResult result = duplication.duplicate(Actor.owner(), source.id(), LocalDateTime.parse("2026-12-08T10:00"), false);

        assertThat(result.notices()).singleElement().asString().contains("Overlaps session #" + other.id());
    }

    @Test
    void bulkDuplicateLeavesTheMenteeOutUnlessAskedAndNeverCopiesTheToken() {
        MentorshipSession source = bookedSession(ada, "2026-12-01T10:00");

        DuplicationResult plain = duplication.run(Actor.owner(), weekly(2, source));
        DuplicationResult withMentee = duplication.run(Actor.owner(), weekly(2, source).keepingMentee(true).onConflict(ConflictPolicy.KEEP));

        assertThat(plain.created()).hasSize(2).allSatisfy(copy -> {
            assertThat(copy.details().menteeId()).isNull();
            assertThat(copy.status()).isEqualTo(SessionStatus.DRAFT);
            assertThat(copy.bookingToken()).isNull();
        });
        assertThat(withMentee.created()).hasSize(2).allSatisfy(copy -> {
            assertThat(copy.details().menteeId()).isEqualTo(mia.id());
            assertThat(copy.isBooked()).isTrue();
            assertThat(copy.status()).isEqualTo(SessionStatus.PUBLISHED);
            assertThat(copy.bookingToken()).isNotNull().isNotEqualTo(source.bookingToken());
        });
        assertThat(withMentee.created().get(0).bookingToken()).isNotEqualTo(withMentee.created().get(1).bookingToken());
    }

    @Test
    void bulkDuplicateCopiesEveryOtherFieldAndSharesOneSeriesId() {
        MentorshipSession first = session(ada, "2026-12-01T10:00");
        MentorshipSession second = session(bob, "2026-12-02T15:00");

        DuplicationResult result = duplication.run(Actor.owner(), weekly(3, first, second).publishing(true));

        assertThat(result.created()).hasSize(6);
        assertThat(result.seriesId()).isNotBlank();
        assertThat(sessions.series(result.seriesId())).containsExactlyElementsOf(result.created());
        assertThat(result.created()).allSatisfy(copy -> {
            assertThat(copy.seriesId()).isEqualTo(result.seriesId());
            assertThat(copy.isPublished()).isTrue();
            MentorshipSession source = copy.mentorId() == ada.id() ? first : second;
            assertThat(copy.details()).isEqualTo(source.details().withLocalStart(copy.details().localStart()));
        });
        DuplicationResult again = duplication.run(Actor.owner(), weekly(1, first).onConflict(ConflictPolicy.KEEP));
        assertThat(again.seriesId()).isNotEqualTo(result.seriesId());
    }

    @Test
    void bulkDuplicateKeepsWallClockTimeAcrossDst() {
        MentorshipSession source = session(ada, "2026-10-20T10:00");

        DuplicationResult result = duplication.run(Actor.owner(), weekly(3, source));

        assertThat(result.created()).extracting(copy -> copy.details().localStart())
                .containsExactly(LocalDateTime.parse("2026-10-27T10:00"), LocalDateTime.parse("2026-11-03T10:00"),
                        LocalDateTime.parse("2026-11-10T10:00"));
        assertThat(result.created()).extracting(MentorshipSession::startInstant)
                .containsExactly(Instant.parse("2026-10-27T14:00:00Z"), Instant.parse("2026-11-03T15:00:00Z"),
                        Instant.parse("2026-11-10T15:00:00Z"));
        assertThat(sessions.series(result.seriesId())).extracting(MentorshipSession::startInstant)
                .containsExactlyElementsOf(result.created().stream().map(MentorshipSession::startInstant).toList());
    }

    @Test
    void previewFlagsStartsShiftedByTheSpringForwardGapAndTheRunStoresTheShiftedTime() {
        MentorshipSession source = session(ada, "2026-03-01T02:30");

        DuplicationPlan plan = duplication.plan(Actor.owner(), weekly(2, source));
        DuplicationResult result = duplication.run(Actor.owner(), weekly(2, source));

        assertThat(plan.copies().get(0).flags()).containsExactly(CopyFlag.DST_SHIFTED);
        assertThat(plan.copies().get(0).start().toLocalTime()).isEqualTo(LocalTime.of(3, 30));
        assertThat(plan.copies().get(1).flags()).isEmpty();
        assertThat(result.created()).extracting(copy -> copy.details().localStart())
                .containsExactly(LocalDateTime.parse("2026-03-08T03:30"), LocalDateTime.parse("2026-03-15T02:30"));
    }

    @Test
    void previewFlagsAFallBackStartAsAmbiguous() {
        MentorshipSession source = session(ada, "2026-10-25T01:30");

        DuplicationPlan plan = duplication.plan(Actor.owner(), weekly(1, source));

        assertThat(plan.copies()).singleElement().satisfies(copy -> {
            assertThat(copy.flags()).containsExactly(CopyFlag.DST_AMBIGUOUS);
            assertThat(copy.start().getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
        });
    }

    @Test
    void previewListsMonthsSkippedByAFifthWeekdayRule() {
        MentorshipSession source = session(ada, "2026-01-29T10:00");
        DuplicationRequest request = DuplicationRequest.of(List.of(source.id()),
                new Recurrence(Frequency.monthlyOnOrdinalWeekday(), RecurrenceEnd.count(1)));

        DuplicationPlan plan = duplication.plan(Actor.owner(), request);

        assertThat(plan.copies()).extracting(PlannedCopy::date, PlannedCopy::flags, PlannedCopy::created).containsExactly(
                Tuple.tuple(LocalDate.of(2026, 2, 1), Set.of(CopyFlag.SKIPPED_MONTH), false),
                Tuple.tuple(LocalDate.of(2026, 3, 1), Set.of(CopyFlag.SKIPPED_MONTH), false),
                Tuple.tuple(LocalDate.of(2026, 4, 30), Set.of(), true));
        assertThat(plan.copies().get(0).notes()).singleElement().asString()
                .contains("2026-02 has no date for \"every 5th Thursday of the month\"");
        assertThat(plan.summary()).isEqualTo("1 copy, 2 months skipped (no such weekday)");
    }

    @Test
    void previewWritesNothingAndMatchesTheRun() {
        MentorshipSession source = session(ada, "2026-12-01T10:00");
        session(ada, "2026-12-15T10:30");
        long before = sessionCount();

        DuplicationPlan plan = duplication.plan(Actor.owner(), weekly(4, source));

        assertThat(sessionCount()).isEqualTo(before);
        DuplicationResult result = duplication.run(Actor.owner(), weekly(4, source));
        assertThat(result.plan()).isEqualTo(plan);
        assertThat(result.created()).extracting(MentorshipSession::start)
                .containsExactlyElementsOf(plan.toCreate().stream().map(PlannedCopy::start).toList());
    }

    /** Ada: a copy on Dec 15 hits her 10:30 session; Dec 22 only meets a cancelled one; Bob's Dec 29 session is his own. */
    private MentorshipSession conflictScene() {
        MentorshipSession source = session(ada, "2026-12-01T10:00");
        session(ada, "2026-12-15T10:30");
        sessions.cancel(Actor.owner(), session(ada, "2026-12-22T10:00").id());
        session(bob, "2026-12-29T10:00");
        return source;
    }

    @Test
    void conflictsAreSkippedOnRequest() {
        MentorshipSession source = conflictScene();

        DuplicationResult result = duplication.run(Actor.owner(), weekly(4, source).onConflict(ConflictPolicy.SKIP));

        assertThat(result.created()).extracting(copy -> copy.details().localStart().toLocalDate())
                .containsExactly(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 29));
        PlannedCopy conflict = result.plan().copies().get(1);
        assertThat(conflict.flags()).containsExactly(CopyFlag.CONFLICT);
        assertThat(conflict.created()).isFalse();
        assertThat(conflict.notes()).singleElement().asString().contains("overlaps session #").contains("skipped");
    }

    @Test
    void conflictsAreKeptOnRequest() {
        MentorshipSession source = conflictScene();

        DuplicationResult result = duplication.run(Actor.owner(), weekly(4, source).onConflict(ConflictPolicy.KEEP));

        assertThat(result.created()).hasSize(4);
        assertThat(result.plan().count(CopyFlag.CONFLICT)).isEqualTo(1);
        assertThat(result.plan().summary()).isEqualTo("4 copies, 1 conflict kept");
    }

    @Test
    void abortOnConflictLeavesTheDatabaseUnchanged() {
        MentorshipSession source = conflictScene();
        List<MentorshipSession> before = sessions.list(SessionQuery.all());

        assertThatThrownBy(() -> duplication.run(Actor.owner(), weekly(4, source).onConflict(ConflictPolicy.ABORT)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Nothing was copied: 1 copy conflicts")
                .hasMessageContaining("2026-12-15");
        assertThat(sessions.list(SessionQuery.all())).isEqualTo(before);
    }

    @Test
    void copiesOfOneRunConflictWithEachOther() {
        MentorshipSession early = session(ada, "2026-12-01T10:00");
        MentorshipSession late = session(ada, "2026-12-01T10:30");

        DuplicationResult result = duplication.run(Actor.owner(), weekly(2, early, late).onConflict(ConflictPolicy.SKIP));

        assertThat(result.created()).extracting(copy -> copy.details().localStart().toLocalTime())
                .containsExactly(LocalTime.of(10, 0), LocalTime.of(10, 0));
        assertThat(result.plan().copies()).filteredOn(copy -> copy.has(CopyFlag.CONFLICT)).hasSize(2)
                .allSatisfy(copy -> assertThat(copy.notes().get(0)).contains("another copy in this run (of session #" + early.id()));
    }

    /** A storage whose session repository fails on the given insertAll call, after earlier batches were written. */
    private static final class FailingStorage implements Storage {
        private final Storage real;
        private final int failingCall;
        private int calls;
        long rowsWrittenWhenFailing;

        FailingStorage(Storage real, int failingCall) {
            this.real = real;
            this.failingCall = failingCall;
        }

        @Override
        public <T> T transact(Function<Repositories, T> work) {
            return real.transact(repos -> work.apply(new Repositories() {
                @Override public PersonRepository people() { return repos.people(); }
                @Override public GroupRepository groups() { return repos.groups(); }
                @Override public LocationRepository locations() { return repos.locations(); }
                @Override public SettingsRepository settings() { return repos.settings(); }
                @Override public CalendarPushRepository calendarPushes() { return repos.calendarPushes(); }
                @Override public PlanningSyncRepository planningSync() { return repos.planningSync(); }
                @Override public BusySourceRepository busySources() { return repos.busySources(); }
                @Override public SessionRepository sessions() {
                    return (SessionRepository) Proxy.newProxyInstance(
                            getClass().getClassLoader(), new Class<?>[] {SessionRepository.class},
                            (proxy, method, args) -> {
                                if (method.getName().equals("insertAll") && ++calls == failingCall) {
                                    rowsWrittenWhenFailing = repos.sessions().count();
                                    throw new IllegalStateException("disk unplugged");
                                }
                                try {
                                    return method.invoke(repos.sessions(), args);
                                } catch (InvocationTargetException e) {
                                    throw e.getCause();
                                }
                            });
                }
            }));
        }
    }

    @Test
    void failureHalfwayThroughARunLeavesNoCopyBehind() {
        MentorshipSession source = session(ada, "2026-12-01T10:00");
        long before = sessionCount();
        FailingStorage failing = new FailingStorage(workspace.service(SqliteStorage.class), 2);
        DuplicationService failingDuplication = new DuplicationService(failing,
                new SessionService(failing, PinnedMoment.DEFAULT.clock(), new BookingTokens()));
        DuplicationRequest request = DuplicationRequest.of(List.of(source.id()),
                new Recurrence(Frequency.daily(), RecurrenceEnd.count(DuplicationService.BATCH_SIZE * 2 + 10)));

        assertThatThrownBy(() -> failingDuplication.run(Actor.owner(), request)).hasMessageContaining("disk unplugged");

        assertThat(failing.rowsWrittenWhenFailing).isEqualTo(before + DuplicationService.BATCH_SIZE);
        assertThat(sessionCount()).isEqualTo(before);
        assertThat(sessions.list(SessionQuery.all())).allSatisfy(s -> assertThat(s.seriesId()).isNull());
    }

    @Test
    void cancelledRunReportsProgressAndSavesNothing() {
        MentorshipSession source = session(ada, "2026-12-01T10:00");
        long before = sessionCount();
        List<Integer> progress = new ArrayList<>();
        RunMonitor cancelAfterFirstBatch = new RunMonitor() {
            @Override
            public void progress(int written, int total) {
                progress.add(written);
                assertThat(total).isEqualTo(DuplicationService.BATCH_SIZE + 1);
            }

            @Override
            public boolean isCancelled() {
                return progress.contains(DuplicationService.BATCH_SIZE);
            }
        };
        DuplicationRequest request = DuplicationRequest.of(List.of(source.id()),
                new Recurrence(Frequency.daily(), RecurrenceEnd.count(DuplicationService.BATCH_SIZE + 1)));

        assertThatThrownBy(() -> duplication.run(Actor.owner(), request, cancelAfterFirstBatch))
                .isInstanceOf(CancellationException.class)
                .hasMessageContaining("nothing was saved");

        assertThat(progress).containsExactly(0, DuplicationService.BATCH_SIZE);
        assertThat(sessionCount()).isEqualTo(before);
    }

    @Test
    void undoTakesTheWholeRunBack() {
        MentorshipSession source = session(ada, "2026-12-01T10:00");
        long before = sessionCount();
        DuplicationResult result = duplication.run(Actor.owner(), weekly(4, source).publishing(true));

        duplication.undo(Actor.owner(), result);

        assertThat(sessionCount()).isEqualTo(before);
        assertThat(sessions.series(result.seriesId())).isEmpty();
    }

    @Test
    void undoOfALongRunRemovesEveryCopy() {
        MentorshipSession source = session(ada, "2026-12-01T10:00");
        long before = sessionCount();
        DuplicationResult result = duplication.run(Actor.owner(), DuplicationRequest.of(List.of(source.id()),
                new Recurrence(Frequency.daily(), RecurrenceEnd.count(1_200))));

        duplication.undo(Actor.owner(), result);

        assertThat(result.created()).hasSize(1_200);
        assertThat(sessionCount()).isEqualTo(before);
    }

    @Test
    void mentorMayNotUndoARunOfAnotherMentorsSessions() {
        MentorshipSession bobs = session(bob, "2026-12-01T10:00");
        DuplicationResult result = duplication.run(Actor.owner(), weekly(2, bobs));

        assertThatThrownBy(() -> duplication.undo(Actor.of(ada), result))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("as a mentor you can only change your own sessions");
        assertThat(sessions.series(result.seriesId())).hasSize(2);
    }

    @Test
    void cancelSeriesFromADateCancelsThatDayAndLaterOnly() {
        MentorshipSession source = session(ada, "2026-12-01T10:00");
        DuplicationResult result = duplication.run(Actor.owner(), weekly(4, source).publishing(true));

        List<MentorshipSession> cancelled = duplication.cancelSeries(Actor.owner(), result.seriesId(), LocalDate.of(2026, 12, 22));

        assertThat(cancelled).extracting(copy -> copy.details().localStart().toLocalDate())
                .containsExactly(LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 29));
        assertThat(sessions.series(result.seriesId())).extracting(MentorshipSession::status).containsExactly(
                SessionStatus.PUBLISHED, SessionStatus.PUBLISHED, SessionStatus.CANCELLED, SessionStatus.CANCELLED);
        assertThat(cancelled).allSatisfy(copy -> assertThat(copy.bookingToken()).isNull());
        assertThat(sessions.require(source.id()).status()).isEqualTo(SessionStatus.DRAFT);
        assertThat(duplication.cancelSeries(Actor.owner(), result.seriesId(), LocalDate.of(2026, 12, 22))).isEmpty();
    }

    @Test
    void changeTimeForTheRestOfASeriesMovesThatDayAndLater() {
        MentorshipSession source = session(ada, "2026-12-01T10:00");
        DuplicationResult result = duplication.run(Actor.owner(), weekly(3, source));

        List<SaveResult> changed = duplication.changeSeriesTime(Actor.owner(), result.seriesId(), LocalDate.of(2026, 12, 15), LocalTime.of(14, 15));

        assertThat(changed).hasSize(2);
        assertThat(sessions.series(result.seriesId())).extracting(copy -> copy.details().localStart()).containsExactly(
                LocalDateTime.parse("2026-12-08T10:00"), LocalDateTime.parse("2026-12-15T14:15"), LocalDateTime.parse("2026-12-22T14:15"));
    }

    @Test
    void unknownSeriesIsRefusedWithAReason() {
        assertThatThrownBy(() -> duplication.cancelSeries(Actor.owner(), "no-such-series", LocalDate.of(2026, 12, 1)))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("No series no-such-series");
    }

    @Test
    void mentorMayNotBulkDuplicateAnotherMentorsSession() {
        MentorshipSession adas = session(ada, "2026-12-01T10:00");
        MentorshipSession bobs = session(bob, "2026-12-01T10:00");

        assertThatThrownBy(() -> duplication.run(Actor.of(ada), weekly(2, adas, bobs)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Session #" + bobs.id() + ": As a mentor you can only schedule your own sessions");
    }

    @Test
    void untilDateBeforeOneOfTheSourcesNamesThatSource() {
        MentorshipSession early = session(ada, "2026-12-01T10:00");
        MentorshipSession late = session(bob, "2026-12-20T10:00");
        DuplicationRequest request = DuplicationRequest.of(List.of(early.id(), late.id()),
                new Recurrence(Frequency.weekly(), RecurrenceEnd.until(LocalDate.of(2026, 12, 15))));

        assertThatThrownBy(() -> duplication.plan(Actor.owner(), request))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Session #" + late.id() + ": The until date 2026-12-15 must be after the session's date 2026-12-20:"
                        + " copies start after the session.");
    }

    @Test
    void missingSourceIsRefusedWithAReason() {
        MentorshipSession source = session(ada, "2026-12-01T10:00");

        assertThatThrownBy(() -> duplication.plan(Actor.owner(), DuplicationRequest.of(List.of(source.id(), 999L),
                new Recurrence(Frequency.weekly(), RecurrenceEnd.count(2)))))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("No session #999");
    }
}

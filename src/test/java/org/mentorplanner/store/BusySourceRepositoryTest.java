package org.mentorplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorplanner.domain.busy.BusyBlock;
import org.mentorplanner.domain.busy.BusyCopy;
import org.mentorplanner.domain.busy.BusyInterval;
import org.mentorplanner.domain.busy.BusySource;
import org.mentorplanner.domain.busy.BusySourceKind;

class BusySourceRepositoryTest extends StoreTestBase {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    private BusySource addSource(long mentorId, String address) {
        return db.storage.transact(r -> r.busySources().insert(
                BusySource.of(mentorId, BusySourceKind.ICS_URL, address, ""), StoreFixture.CREATED));
    }

    private List<BusyBlock> busyOf(long mentorId, Instant from, Instant to) {
        return db.storage.transact(r -> r.busySources().findBusy(Set.of(mentorId), from, to));
    }

    private static BusyInterval interval(String start, String end, String title) {
        return new BusyInterval(Instant.parse(start), Instant.parse(end), title);
    }

    @Test
    void aStoredSourceComesBackWithItsCopyStateAndNoCopyYet() {
        BusySource source = addSource(db.ada.id(), "https://calendar.example.org/ada.ics");

        BusySource found = db.storage.transact(r -> r.busySources().findById(source.id())).orElseThrow();

        assertThat(found.mentorId()).isEqualTo(db.ada.id());
        assertThat(found.kind()).isEqualTo(BusySourceKind.ICS_URL);
        assertThat(found.showTitles()).isFalse();
        assertThat(found.copy().hasCopy()).isFalse();
    }

    @Test
    void aGoodReadReplacesTheWholeCopyAndRecordsTheValidators() {
        BusySource source = addSource(db.ada.id(), "https://calendar.example.org/ada.ics");
        db.storage.transactVoid(r -> r.busySources().replaceCopy(source.id(),
                List.of(interval("2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z", "Old")),
                new BusyCopy(T0, T0, "\"v1\"", null, null, null, 0)));
        Instant later = T0.plusSeconds(3600);
        db.storage.transactVoid(r -> r.busySources().replaceCopy(source.id(),
                List.of(interval("2026-12-02T09:00:00Z", "2026-12-02T10:00:00Z", "New")),
                new BusyCopy(later, later, "\"v2\"", "Tue, 01 Dec 2026 09:00:00 GMT", null, null, 0)));

        List<BusyBlock> busy = db.storage.transact(r -> r.busySources().findBusy(Set.of(db.ada.id()),
                Instant.parse("2026-11-30T00:00:00Z"), Instant.parse("2026-12-07T00:00:00Z")));
        BusySource found = db.storage.transact(r -> r.busySources().findById(source.id())).orElseThrow();

        assertThat(busy).extracting(BusyBlock::start).containsExactly(Instant.parse("2026-12-02T09:00:00Z"));
        assertThat(found.copy().etag()).isEqualTo("\"v2\"");
        assertThat(found.copy().lastModified()).isEqualTo("Tue, 01 Dec 2026 09:00:00 GMT");
        assertThat(found.copy().fetchedAt()).isEqualTo(later);
        assertThat(found.copy().intervals()).isEqualTo(1);
    }

    @Test
    void aFailedRefreshKeepsTheIntervalsAndRecordsWhy() {
        BusySource source = addSource(db.ada.id(), "https://calendar.example.org/ada.ics");
        BusyCopy good = new BusyCopy(T0, T0, "\"v1\"", null, null, null, 0);
        db.storage.transactVoid(r -> r.busySources().replaceCopy(source.id(),
                List.of(interval("2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z", "Team")), good));

        db.storage.transactVoid(r -> r.busySources().saveCopyState(source.id(), good.failed(T0.plusSeconds(60), "server down")));

        BusySource found = db.storage.transact(r -> r.busySources().findById(source.id())).orElseThrow();
        assertThat(found.copy().problem()).isEqualTo("server down");
        assertThat(found.copy().fetchedAt()).isEqualTo(T0);
        assertThat(busyOf(db.ada.id(), T0, T0.plusSeconds(7200))).hasSize(1);
    }

    @Test
    void rangeQueriesFindLongIntervalsThatStartedBeforeTheRangeAndHideTitlesUnlessShown() {
        BusySource source = addSource(db.ada.id(), "https://calendar.example.org/ada.ics");
        addSource(db.bob.id(), "https://calendar.example.org/bob.ics");
        db.storage.transactVoid(r -> r.busySources().replaceCopy(source.id(), List.of(
                interval("2026-11-20T00:00:00Z", "2026-12-05T00:00:00Z", "Holiday"),
                interval("2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z", "Team"),
                interval("2026-12-01T10:00:00Z", "2026-12-01T11:00:00Z", "Later"),
                interval("2026-11-01T09:00:00Z", "2026-11-01T10:00:00Z", "Long ago")),
                new BusyCopy(T0, T0, null, null, null, null, 0)));
        Instant from = Instant.parse("2026-12-01T08:00:00Z");
        Instant to = Instant.parse("2026-12-01T10:00:00Z");

        List<BusyBlock> hidden = db.storage.transact(r -> r.busySources().findBusy(Set.of(db.ada.id(), db.bob.id()), from, to));
        db.storage.transactVoid(r -> r.busySources().setShowTitles(source.id(), true));
        List<BusyBlock> shown = db.storage.transact(r -> r.busySources().findBusy(Set.of(db.ada.id()), from, to));

        assertThat(hidden).extracting(BusyBlock::title).containsExactly("Busy", "Busy");
        assertThat(shown).extracting(BusyBlock::title).containsExactly("Holiday", "Team");
    }

    @Test
    void removingASourceRemovesItsCopy() {
        BusySource source = addSource(db.ada.id(), "https://calendar.example.org/ada.ics");
        db.storage.transactVoid(r -> r.busySources().replaceCopy(source.id(),
                List.of(interval("2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z", "Team")),
                new BusyCopy(T0, T0, null, null, null, null, 0)));

        boolean removed = db.storage.transact(r -> r.busySources().delete(source.id()));

        assertThat(removed).isTrue();
        List<BusySource> left = db.storage.transact(r -> r.busySources().findAll());
        assertThat(busyOf(db.ada.id(), T0, T0.plusSeconds(7200))).isEmpty();
        assertThat(left).isEmpty();
    }
}

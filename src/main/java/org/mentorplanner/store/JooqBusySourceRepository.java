package org.mentorplanner.store;

import static org.mentorplanner.store.generated.Tables.BUSY_INTERVAL;
import static org.mentorplanner.store.generated.Tables.BUSY_SOURCE;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.mentorplanner.domain.busy.BusyBlock;
import org.mentorplanner.domain.busy.BusyCopy;
import org.mentorplanner.domain.busy.BusyInterval;
import org.mentorplanner.domain.busy.BusySource;
import org.mentorplanner.domain.busy.BusySourceKind;
import org.mentorplanner.service.port.BusySourceRepository;
import org.mentorplanner.store.generated.tables.records.BusySourceRecord;

/**
 * Busy sources and their copies in SQLite (ADR 0024); the range query is plain SQL. A good read replaces a source's intervals
 * in one statement batch inside the caller's transaction, so a reader sees the old copy or the
 * new one, never half of each.
 */
final class JooqBusySourceRepository implements BusySourceRepository {

    /** What {@link #toSource} reads, in its order. */
    private static final String SELECT_SOURCES = "select id, mentor_id, kind, address, user_name, show_titles, fetched_at,"
            + " checked_at, etag, last_modified, fingerprint, problem, interval_count from busy_source";

    private final ConnectionAndJooq db;

    JooqBusySourceRepository(ConnectionAndJooq db) {
        this.db = db;
    }

    @Override
    public BusySource insert(BusySource source, Instant createdAt) {
        BusySourceRecord row = db.jooq().newRecord(BUSY_SOURCE);
        row.setMentorId(source.mentorId());
        row.setKind(source.kind().name());
        row.setAddress(source.address());
        row.setUserName(source.user());
        row.setShowTitles(source.showTitles() ? 1 : 0);
        row.setCreatedAt(createdAt);
        copyInto(row, source.copy());
        long id = db.jooq().insertInto(BUSY_SOURCE)
                    .set(row)
                    .returningResult(BUSY_SOURCE.ID)
                    .fetchOne()
                    .value1();
        return source.withId(id);
    }

    // The source reads are plain SQL (ADR 12): the grid's busy bands list the sources on the
    // way to the first painted week, and a jOOQ select there started jOOQ before that frame.
    @Override
    public List<BusySource> findAll() {
        return Rows.query(db.jdbc(), SELECT_SOURCES + " order by mentor_id, id", List.of(), JooqBusySourceRepository::toSource);
    }

    @Override
    public List<BusySource> findByMentor(long mentorId) {
        return Rows.query(db.jdbc(), SELECT_SOURCES + " where mentor_id = ? order by id", List.of(mentorId),
                JooqBusySourceRepository::toSource);
    }

    @Override
    public Optional<BusySource> findById(long id) {
        return Rows.query(db.jdbc(), SELECT_SOURCES + " where id = ?", List.of(id), JooqBusySourceRepository::toSource)
                   .stream().findFirst();
    }

    @Override
    public boolean delete(long id) {
        // The intervals go with it (ON DELETE CASCADE).
        return db.jooq().deleteFrom(BUSY_SOURCE).where(BUSY_SOURCE.ID.eq(id)).execute() > 0;
    }

    @Override
    public void setShowTitles(long id, boolean show) {
        db.jooq().update(BUSY_SOURCE).set(BUSY_SOURCE.SHOW_TITLES, show ? 1 : 0).where(BUSY_SOURCE.ID.eq(id)).execute();
    }

    @Override
    public void replaceCopy(long id, List<BusyInterval> intervals, BusyCopy copy) {
        db.jooq().deleteFrom(BUSY_INTERVAL).where(BUSY_INTERVAL.SOURCE_ID.eq(id)).execute();
        long longest = 0;
        if (!intervals.isEmpty()) {
            var insert = db.jooq().batch(db.jooq().insertInto(BUSY_INTERVAL,
                    BUSY_INTERVAL.SOURCE_ID, BUSY_INTERVAL.START_AT, BUSY_INTERVAL.END_AT, BUSY_INTERVAL.TITLE)
                    .values((Long) null, null, null, null));
            for (BusyInterval interval : intervals) {
                long start = interval.start().toEpochMilli();
                long end = interval.end().toEpochMilli();
                longest = Math.max(longest, end - start);
                insert.bind(id, start, end, interval.title());
            }
            insert.execute();
        }
        BusyCopy stored = new BusyCopy(copy.fetchedAt(), copy.checkedAt(), copy.etag(), copy.lastModified(),
                copy.fingerprint(), copy.problem(), intervals.size());
        BusySourceRecord row = db.jooq().fetchOne(BUSY_SOURCE, BUSY_SOURCE.ID.eq(id));
        if (row == null) {
            throw new IllegalStateException("no busy source #" + id);
        }
        copyInto(row, stored);
        row.setLongestMs(longest);
        row.update();
    }

    @Override
    public void saveCopyState(long id, BusyCopy copy) {
        BusySourceRecord row = db.jooq().fetchOne(BUSY_SOURCE, BUSY_SOURCE.ID.eq(id));
        if (row == null) {
            throw new IllegalStateException("no busy source #" + id);
        }
        copyInto(row, copy);
        row.update();
    }

    @Override
    public List<BusyBlock> findBusy(Collection<Long> mentorIds, Instant from, Instant to) {
        if (mentorIds.isEmpty()) {
            return List.of();
        }
        // Plain SQL, like the sessions' busy ranges (ADR 12): the grid asks on the way to the
        // first painted week, and bulk duplicate asks inside its timed run. start_at is indexed
        // per source; an interval overlapping the range started at most the source's longest
        // interval before it, so the index bounds the scan on both sides.
        List<Object> parameters = new ArrayList<>(mentorIds);
        parameters.add(to.toEpochMilli());
        parameters.add(from.toEpochMilli());
        parameters.add(from.toEpochMilli());
        // The title is read only where it is shown: most sources hide it, and thousands of rows ask.
        return Rows.query(db.jdbc(), "select i.source_id, s.mentor_id, s.show_titles, i.start_at, i.end_at,"
                        + " case when s.show_titles = 1 then i.title end"
                        + " from busy_source s join busy_interval i on i.source_id = s.id"
                        + " where s.mentor_id in (" + Rows.placeholders(mentorIds) + ")"
                        + " and i.start_at < ? and i.start_at >= ? - s.longest_ms and i.end_at > ?"
                        + " order by i.start_at, i.end_at",
                parameters, row -> {
                    String title = row.getString(6);
                    boolean shown = title != null && !title.isBlank();
                    return new BusyBlock(row.getLong(1), row.getLong(2), Instant.ofEpochMilli(row.getLong(4)),
                            Instant.ofEpochMilli(row.getLong(5)), shown ? title : BusySource.HIDDEN_TITLE);
                });
    }

    @Override
    public String copyVersion(Collection<Long> mentorIds) {
        if (mentorIds.isEmpty()) {
            return "";
        }
        // The fingerprint is the digest of what the copy was made from: a new copy has a new one,
        // even within the same millisecond (or under a fixed clock).
        List<String> versions = Rows.query(db.jdbc(), "select id || ':' || coalesce(fingerprint, '') || ':' || coalesce(fetched_at, 0)"
                        + " || ':' || show_titles || ':' || interval_count from busy_source"
                        + " where mentor_id in (" + Rows.placeholders(mentorIds) + ")"
                        + " order by id",
                new ArrayList<>(mentorIds), row -> row.getString(1));
        return String.join(",", versions);
    }

    private static void copyInto(BusySourceRecord row, BusyCopy copy) {
        row.setEtag(copy.etag());
        row.setLastModified(copy.lastModified());
        row.setFingerprint(copy.fingerprint());
        row.setFetchedAt(copy.fetchedAt() == null ? null : copy.fetchedAt().toEpochMilli());
        row.setCheckedAt(copy.checkedAt() == null ? null : copy.checkedAt().toEpochMilli());
        row.setProblem(copy.problem());
        row.setIntervalCount(copy.intervals());
    }

    /** A source in the current row of {@link #SELECT_SOURCES}. */
    private static BusySource toSource(ResultSet row) throws SQLException {
        BusyCopy copy = new BusyCopy(instant(row, 7), instant(row, 8), row.getString(9), row.getString(10),
                row.getString(11), row.getString(12), row.getInt(13));
        return new BusySource(row.getLong(1), row.getLong(2), BusySourceKind.valueOf(row.getString(3)), row.getString(4),
                row.getString(5), row.getInt(6) == 1, copy);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}

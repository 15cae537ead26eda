-- Two-way sync with a planning calendar (ADR 0018).

-- A session's identity across databases: the UID of its events. Sessions saved before keep the
-- UID their events already have on a team calendar (id and creation time); new ones get a random
-- one from the store, and a session pulled from a shared calendar keeps the event's.
ALTER TABLE mentorship_session ADD COLUMN uid TEXT;
UPDATE mentorship_session SET uid = 'session-' || id || '-' || created_at || '@mentor-planner';
CREATE UNIQUE INDEX session_uid ON mentorship_session (uid);

-- Per calendar collection (planning or team): where the last pull stopped.
CREATE TABLE calendar_sync_state (
    collection_url TEXT   NOT NULL PRIMARY KEY,
    -- the server's sync token (RFC 6578) after the last pull; null: list everything next time
    sync_token     TEXT,
    -- when the last sync finished, epoch millis; null before the first
    synced_at      BIGINT
) WITHOUT ROWID;

-- The last synced copy of each event of a planning calendar: the base of the three-way merge.
CREATE TABLE planning_copy (
    collection_url  TEXT    NOT NULL,
    -- the event's UID = the session's uid; no foreign key: the row outlives a deleted session
    -- until the deletion reached the server
    uid             TEXT    NOT NULL,
    href            TEXT    NOT NULL,
    -- the server's ETag of the copy; null when the server sent none
    etag            TEXT,
    -- the session's fields as both sides last agreed on them (SessionFields' text form); null
    -- for an event the planner could not take (unknown mentor, location or group: see problem)
    base            TEXT,
    -- the local session's revision when base was taken; -1 when there is no local session
    synced_revision INTEGER NOT NULL,
    -- why an event was not taken, said to the user; null when it was
    problem         TEXT,
    PRIMARY KEY (collection_url, uid)
) WITHOUT ROWID;

CREATE UNIQUE INDEX planning_copy_href ON planning_copy (collection_url, href);

-- The same field changed on both sides since the base: neither side is overwritten until the
-- user keeps one.
CREATE TABLE sync_conflict (
    collection_url TEXT   NOT NULL,
    uid            TEXT   NOT NULL,
    -- the conflicting field names, comma-separated
    fields         TEXT   NOT NULL,
    -- every field of the local session when the conflict was found (SessionFields' text form)
    mine           TEXT   NOT NULL,
    -- every field of the server's event then
    theirs         TEXT   NOT NULL,
    -- the server's href and ETag of theirs
    href           TEXT   NOT NULL,
    etag           TEXT,
    found_at       BIGINT NOT NULL,
    PRIMARY KEY (collection_url, uid)
) WITHOUT ROWID;

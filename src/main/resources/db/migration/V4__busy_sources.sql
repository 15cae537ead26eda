-- Busy sources (ADR 0024): a mentor's other calendars, copied onto this computer so the planner
-- knows when the mentor is not free. Read-only, never exported nor synced.
CREATE TABLE busy_source (
    id            INTEGER PRIMARY KEY,
    mentor_id     INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    -- ICS_URL (a subscription address), ICS_FILE (a file on this computer) or CALDAV (a collection)
    kind          TEXT    NOT NULL CHECK (kind IN ('ICS_URL', 'ICS_FILE', 'CALDAV')),
    address       TEXT    NOT NULL,
    -- the CalDAV login; empty for the other kinds. The password is never stored (ADR 0015).
    user_name     TEXT    NOT NULL DEFAULT '',
    -- 0: the grid and the messages say "Busy"; 1: they show the events' titles
    show_titles   INTEGER NOT NULL DEFAULT 0 CHECK (show_titles IN (0, 1)),
    -- what the last good read answered, for the next conditional GET
    etag          TEXT,
    last_modified TEXT,
    -- a digest of what was read (the file, the CalDAV ETags): unchanged input is not parsed again
    fingerprint   TEXT,
    -- epoch millis: when the copy was last known current (its age); null before the first good read
    fetched_at    BIGINT,
    -- epoch millis of the last attempt, good or not
    checked_at    BIGINT,
    -- why the last attempt failed, with the line where there is one; null when it worked
    problem       TEXT,
    -- the longest interval of the copy, which bounds the range queries' look-back
    longest_ms    BIGINT  NOT NULL DEFAULT 0,
    -- how many intervals the copy holds (said in lists without counting them)
    interval_count INTEGER NOT NULL DEFAULT 0,
    created_at    BIGINT  NOT NULL,
    UNIQUE (mentor_id, kind, address)
);

-- The local copy: the busy intervals of one source, replaced as a whole by each good read.
CREATE TABLE busy_interval (
    id        INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES busy_source (id) ON DELETE CASCADE,
    start_at  BIGINT  NOT NULL,
    end_at    BIGINT  NOT NULL CHECK (end_at > start_at),
    title     TEXT
);

CREATE INDEX busy_interval_by_start ON busy_interval (source_id, start_at);

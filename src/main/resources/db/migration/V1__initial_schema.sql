-- People: mentors, mentees and coordinators share one table; roles are flags.
CREATE TABLE person (
    id             INTEGER PRIMARY KEY,
    email          TEXT    COLLATE NOCASE NOT NULL UNIQUE,
    name           TEXT    NOT NULL,
    is_mentor      INTEGER NOT NULL DEFAULT 0 CHECK (is_mentor IN (0, 1)),
    is_mentee      INTEGER NOT NULL DEFAULT 0 CHECK (is_mentee IN (0, 1)),
    is_coordinator INTEGER NOT NULL DEFAULT 0 CHECK (is_coordinator IN (0, 1))
);

CREATE TABLE member_group (
    id   INTEGER PRIMARY KEY,
    name TEXT COLLATE NOCASE NOT NULL UNIQUE
);

CREATE TABLE group_membership (
    group_id  INTEGER NOT NULL REFERENCES member_group (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, person_id)
) WITHOUT ROWID;

CREATE INDEX group_membership_person ON group_membership (person_id);

CREATE TABLE location (
    id      INTEGER PRIMARY KEY,
    name    TEXT COLLATE NOCASE NOT NULL UNIQUE,
    zone_id TEXT NOT NULL,
    kind    TEXT NOT NULL CHECK (kind IN ('ONLINE', 'IN_PERSON'))
);

-- A mentorship session. local_start is the wall clock in zone_id (the location's zone when
-- saved); start_utc/end_utc (epoch millis) are derived from it for range and overlap queries.
CREATE TABLE mentorship_session (
    id               INTEGER PRIMARY KEY,
    mentor_id        INTEGER NOT NULL REFERENCES person (id),
    mentee_id        INTEGER REFERENCES person (id),
    location_id      INTEGER NOT NULL REFERENCES location (id),
    zone_id          TEXT    NOT NULL,
    local_start      TEXT    NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 720),
    start_utc        BIGINT  NOT NULL,
    end_utc          BIGINT  NOT NULL,
    method           TEXT    NOT NULL CHECK (method IN ('ONLINE', 'IN_PERSON', 'BOTH')),
    meeting_url      TEXT,
    place            TEXT,
    title            TEXT    NOT NULL DEFAULT '',
    notes            TEXT    NOT NULL DEFAULT '',
    status           TEXT    NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'CANCELLED')),
    series_id        TEXT,
    booking_token    TEXT UNIQUE,
    revision         INTEGER NOT NULL DEFAULT 0,
    created_at       BIGINT  NOT NULL,
    updated_at       BIGINT  NOT NULL,
    CHECK (end_utc > start_utc),
    CHECK (mentee_id IS NULL OR mentee_id <> mentor_id)
);

-- Week loads and overlap checks: a mentor's sessions by start. Durations are capped at
-- 12 hours, so "overlaps [from, to)" is a bounded range scan on start_utc.
CREATE INDEX session_mentor_start ON mentorship_session (mentor_id, start_utc);
CREATE INDEX session_start ON mentorship_session (start_utc);
CREATE INDEX session_mentee ON mentorship_session (mentee_id) WHERE mentee_id IS NOT NULL;
CREATE INDEX session_series ON mentorship_session (series_id) WHERE series_id IS NOT NULL;

-- Groups a session is restricted to; none means the whole organisation.
CREATE TABLE session_group (
    session_id INTEGER NOT NULL REFERENCES mentorship_session (id) ON DELETE CASCADE,
    group_id   INTEGER NOT NULL REFERENCES member_group (id),
    PRIMARY KEY (session_id, group_id)
) WITHOUT ROWID;

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

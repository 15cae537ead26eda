-- What CalDAV sync last pushed to a team calendar (ADR 0014): one row per calendar resource the
-- app put into a collection, written after each request the server accepted. The outbox is
-- derived from this and the sessions at sync time; no write path of the app touches it.
CREATE TABLE calendar_push (
    -- the collection, as configured; rows of another collection are not this one's business
    collection_url     TEXT    NOT NULL,
    -- the resource's path on the server, as the app named it when creating it
    href               TEXT    NOT NULL,
    -- no foreign key: the row outlives a deleted session until its resource is deleted on the server
    session_id         INTEGER NOT NULL,
    -- with session_id, tells the pushed session from a later one that reuses its id
    session_created_at BIGINT  NOT NULL,
    -- the server's ETag after our last write; null when the server sent none
    etag               TEXT,
    pushed_revision    INTEGER NOT NULL,
    pushed_at          BIGINT  NOT NULL,
    PRIMARY KEY (collection_url, href)
) WITHOUT ROWID;

CREATE INDEX calendar_push_session ON calendar_push (session_id);

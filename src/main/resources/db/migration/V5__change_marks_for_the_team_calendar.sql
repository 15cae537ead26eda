-- Change marks for the team calendar's outbox (ADR 0043): a sync with nothing changed reads what
-- changed since the last one, not every session. Kept by triggers, so that every write path,
-- the app's and any other program's, is seen without a hook in it (as ADR 0014 wants).

-- Per session, the number of its newest change: the highest of all plus one at each insert,
-- update or delete of the session or of its group restrictions. No foreign key: the row of a
-- deleted session stays as the record of its deletion. Sessions not changed since this
-- migration have no row (their change is 0).
CREATE TABLE session_change (
    session_id INTEGER PRIMARY KEY,
    seq        BIGINT  NOT NULL
);

CREATE INDEX session_change_seq ON session_change (seq);

-- An upsert, not INSERT OR REPLACE: a conflict clause of the statement that fires a trigger
-- (INSERT OR IGNORE …) would replace one in the trigger's body.
CREATE TRIGGER session_change_on_insert AFTER INSERT ON mentorship_session BEGIN
    INSERT INTO session_change (session_id, seq) VALUES (NEW.id, (SELECT IFNULL(MAX(seq), 0) + 1 FROM session_change))
    ON CONFLICT (session_id) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER session_change_on_update AFTER UPDATE ON mentorship_session BEGIN
    INSERT INTO session_change (session_id, seq) VALUES (NEW.id, (SELECT IFNULL(MAX(seq), 0) + 1 FROM session_change))
    ON CONFLICT (session_id) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER session_change_on_delete AFTER DELETE ON mentorship_session BEGIN
    INSERT INTO session_change (session_id, seq) VALUES (OLD.id, (SELECT IFNULL(MAX(seq), 0) + 1 FROM session_change))
    ON CONFLICT (session_id) DO UPDATE SET seq = excluded.seq;
END;

-- A group restriction added or removed takes a session onto the team calendar or off it.
CREATE TRIGGER session_change_on_group_added AFTER INSERT ON session_group BEGIN
    INSERT INTO session_change (session_id, seq) VALUES (NEW.session_id, (SELECT IFNULL(MAX(seq), 0) + 1 FROM session_change))
    ON CONFLICT (session_id) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER session_change_on_group_removed AFTER DELETE ON session_group BEGIN
    INSERT INTO session_change (session_id, seq) VALUES (OLD.session_id, (SELECT IFNULL(MAX(seq), 0) + 1 FROM session_change))
    ON CONFLICT (session_id) DO UPDATE SET seq = excluded.seq;
END;

-- What a session's event says beyond its own row: the mentor's and the mentee's name and email
-- (ORGANIZER, ATTENDEE, "Mentor:" in the description), the location's name and kind (LOCATION),
-- and the booking portal's base URL (URL, "Book:"). A change there is a new revision (the ICS
-- SEQUENCE) of every session that shows it, in the same transaction; the session triggers above
-- then mark them.
CREATE TRIGGER session_revised_on_person AFTER UPDATE OF name, email ON person
WHEN OLD.name IS NOT NEW.name COLLATE BINARY OR OLD.email IS NOT NEW.email COLLATE BINARY BEGIN
    UPDATE mentorship_session SET revision = revision + 1 WHERE mentor_id = NEW.id;
    UPDATE mentorship_session SET revision = revision + 1 WHERE mentee_id = NEW.id;
END;

CREATE TRIGGER session_revised_on_location AFTER UPDATE OF name, kind ON location
WHEN OLD.name IS NOT NEW.name COLLATE BINARY OR OLD.kind IS NOT NEW.kind BEGIN
    UPDATE mentorship_session SET revision = revision + 1 WHERE location_id = NEW.id;
END;

-- 'portal.base-url' is SettingsService.PORTAL_BASE_URL.
CREATE TRIGGER session_revised_on_portal_added AFTER INSERT ON setting WHEN NEW.key = 'portal.base-url' BEGIN
    UPDATE mentorship_session SET revision = revision + 1 WHERE booking_token IS NOT NULL;
END;

CREATE TRIGGER session_revised_on_portal_changed AFTER UPDATE ON setting
WHEN NEW.key = 'portal.base-url' AND OLD.value IS NOT NEW.value BEGIN
    UPDATE mentorship_session SET revision = revision + 1 WHERE booking_token IS NOT NULL;
END;

CREATE TRIGGER session_revised_on_portal_removed AFTER DELETE ON setting WHEN OLD.key = 'portal.base-url' BEGIN
    UPDATE mentorship_session SET revision = revision + 1 WHERE booking_token IS NOT NULL;
END;

-- Per team calendar: the change up to which its last sync without conflicts compared and pushed
-- everything, and how many resources are recorded for it (kept by the triggers below, so that a
-- sync can say how many stayed unchanged without counting them).
CREATE TABLE calendar_push_state (
    collection_url TEXT    NOT NULL PRIMARY KEY,
    -- session_change.seq; null: compare every session at the next sync (before the first, and
    -- after this migration)
    change_mark    BIGINT,
    resources      INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

INSERT INTO calendar_push_state (collection_url, resources)
SELECT collection_url, COUNT(*) FROM calendar_push GROUP BY collection_url;

CREATE TRIGGER calendar_push_counted AFTER INSERT ON calendar_push BEGIN
    INSERT INTO calendar_push_state (collection_url, resources) VALUES (NEW.collection_url, 1)
    ON CONFLICT (collection_url) DO UPDATE SET resources = resources + 1;
END;

CREATE TRIGGER calendar_push_uncounted AFTER DELETE ON calendar_push BEGIN
    UPDATE calendar_push_state SET resources = resources - 1 WHERE collection_url = OLD.collection_url;
END;

CREATE TRIGGER calendar_push_moved AFTER UPDATE OF collection_url ON calendar_push
WHEN OLD.collection_url IS NOT NEW.collection_url BEGIN
    UPDATE calendar_push_state SET resources = resources - 1 WHERE collection_url = OLD.collection_url;
    INSERT INTO calendar_push_state (collection_url, resources) VALUES (NEW.collection_url, 1)
    ON CONFLICT (collection_url) DO UPDATE SET resources = resources + 1;
END;

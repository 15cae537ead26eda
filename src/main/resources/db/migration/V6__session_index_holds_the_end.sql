-- The (mentor, start) index also holds each session's end (ADR 0044): a bulk duplicate asks about
-- each copy's window, and a look-up passes over the sessions that end before the window inside
-- the index instead of reading their rows. Serves every (mentor, start) range read as before.
DROP INDEX session_mentor_start;
CREATE INDEX session_mentor_start ON mentorship_session (mentor_id, start_utc, end_utc);

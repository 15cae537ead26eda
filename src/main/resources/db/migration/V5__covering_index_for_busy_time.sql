-- Conflict checks (bulk duplicate, the next free slot, the editor) read the busy time of many
-- mentors over a year: id, mentor, start and end of the sessions that are not cancelled. With a
-- programme's whole history in the file that is tens of thousands of rows, and the index on
-- (mentor_id, start_utc) sent every one of them to the table for end_utc and status (issue 15,
-- bench/README.md "Scale"). This index answers them alone and still serves every range query
-- on (mentor_id, start_utc) as its first two columns, so it replaces that index.
CREATE INDEX session_mentor_busy ON mentorship_session (mentor_id, start_utc, end_utc, status);
DROP INDEX session_mentor_start;

/**
 * Recurrence: frequencies, ends, and the expansion of a session into its copies, keeping the wall-clock
 * time in the session's zone across daylight-saving changes and flagging a start that a gap moved.
 */
package org.mentorplanner.domain.recurrence;

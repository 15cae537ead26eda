/**
 * How things are written for their readers: JSON documents of sessions and duplication plans for
 * the command line (with the small JSON writer they share with the JSON export), and
 * {@link org.mentorplanner.service.format.DisplayFormats}, the dates and times people read in the
 * window and on the booking pages.
 */
package org.mentorplanner.service.format;

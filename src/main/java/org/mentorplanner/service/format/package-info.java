/**
 * JSON documents of sessions and duplication plans for the command line, and the small JSON writer
 * they share with the JSON export.
 */
package org.mentorplanner.service.format;

/**
 * "Sync with team calendar…": the CalDAV sync dialog, its progress and what changed.
 */
package org.mentorplanner.ui.sync;

/**
 * "Import people or places…": the CSV import in the window, all or nothing, on the service layer's reader.
 */
package org.mentorplanner.ui.importing;

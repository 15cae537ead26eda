/**
 * "Settings…": who "I" am and the booking portal's base URL.
 */
package org.mentorplanner.ui.settings;

/**
 * The My Sessions page: the sessions a chosen mentee is booked into.
 */
package org.mentorplanner.ui.mysessions;

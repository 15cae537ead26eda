/**
 * What the services need from outside, said in their words: storage and its repositories, the
 * calendar server. The store, the CalDAV client ({@code caldav}) and the busy-feed reader
 * ({@code busy}) implement them; the app wires them in.
 */
package org.mentorplanner.service.port;

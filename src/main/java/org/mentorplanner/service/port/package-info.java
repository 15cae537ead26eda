/**
 * What the services need from outside, said in their words: storage and its repositories, the
 * calendar server. The store and the sync module implement them; the app wires them in.
 */
package org.mentorplanner.service.port;

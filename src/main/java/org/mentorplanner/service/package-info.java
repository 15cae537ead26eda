/**
 * The use cases, each call one transaction: sessions and their rules, duplication, the directory and
 * CSV import, exports, calendar sync, settings and the sample organisation. Services reach storage
 * through the ports in {@code service.port} and take the time from the injected {@code Clock}.
 */
package org.mentorplanner.service;

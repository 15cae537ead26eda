package org.mentorplanner.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One CalDAV calendar collection on a server. Hrefs are the resources' paths on the server,
 * percent-decoded ({@code /calendars/team/session-1.ics}). Every method sends requests and
 * throws {@link CalendarServerException} with a message for the person syncing when the server
 * cannot be used.
 */
public interface CalendarCollection {

    /**
     * Checks that the collection exists, that the credentials are accepted and that it is a
     * calendar.
     */
    void verify();

    /** Every resource in the collection (not the collection itself): href to ETag. */
    Map<String, String> list();

    /** The href of a resource named {@code fileName} in this collection. */
    String hrefOf(String fileName);

    /**
     * Creates a resource that must not exist yet ({@code If-None-Match: *}).
     *
     * @return the new ETag, or {@code null} when the server sent none
     * @throws ResourceChangedException when a resource already exists there
     */
    String create(String href, String calendarObject);

    /**
     * Replaces a resource whose ETag must still be {@code etag} ({@code If-Match}).
     *
     * @return the new ETag, or {@code null} when the server sent none
     * @throws ResourceChangedException when it changed or is gone
     */
    String update(String href, String etag, String calendarObject);

    /**
     * Deletes a resource whose ETag must still be {@code etag}.
     *
     * @return false when it was already gone
     * @throws ResourceChangedException when it changed on the server
     */
    boolean delete(String href, String etag);

    /** The calendar object of one resource, or empty when it is gone. */
    Optional<String> get(String href);

    /** The ETag of one resource, or {@code null} when it has none or is gone. */
    String etagOf(String href);

    /**
     * What changed since {@code syncToken} ({@code null} or empty for everything), with the
     * {@code sync-collection} report (RFC 6578): one request. Empty when the server does not
     * offer the report or no longer accepts the token ({@code DAV:valid-sync-token}): then
     * {@link #list()} and a comparison tell what changed.
     */
    Optional<SyncReport> changesSince(String syncToken);

    /**
     * The resources at {@code hrefs}, read with one {@code calendar-multiget} report (RFC 4791
     * §7.9); resources that are gone are left out. Callers send at most a hundred hrefs at once.
     */
    List<CalendarResource> multiget(Collection<String> hrefs);

    /**
     * {@link #create}, except that a server refusing the event because another resource of the
     * collection already holds its UID (409 with CalDAV's {@code no-uid-conflict}, RFC 4791
     * §5.3.2.1) says where: one resource per UID.
     *
     * @throws UidTakenException        when another resource holds the UID
     * @throws ResourceChangedException when a resource already exists at {@code href}
     */
    default String createUnique(String href, String calendarObject) {
        return create(href, calendarObject);
    }
}

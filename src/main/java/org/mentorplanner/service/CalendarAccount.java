package org.mentorplanner.service;

import java.net.URI;
import java.util.Objects;

/**
 * Where and as whom to sync: a CalDAV calendar collection and the credentials for it. The
 * password lives only as long as one sync; it is never stored (ADR 0015).
 *
 * @param collection the collection's URL, ending in {@code /}
 * @param user       the user name for Basic authentication, or empty for a server without login
 * @param password   the password, or empty
 * @param allowInsecureHttp whether the password may go over plain http to another computer (ADR 0020);
 *                   without it, only https or a loopback address gets it
 */
public record CalendarAccount(URI collection, String user, String password, boolean allowInsecureHttp) {

    public CalendarAccount {
        Objects.requireNonNull(collection, "collection");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** An account whose password goes only over https or to a loopback address. */
    public CalendarAccount(URI collection, String user, String password) {
        this(collection, user, password, false);
    }

    /** The collection URL as text: the key of the sync bookkeeping. */
    public String collectionUrl() {
        return collection.toString();
    }

    /** Without the password, so it never reaches a log or a message. */
    @Override
    public String toString() {
        return "CalendarAccount[" + collection + ", user=" + user + (allowInsecureHttp ? ", insecure http allowed" : "") + "]";
    }
}

package org.mentorplanner.service;

import java.net.URI;
import java.util.Objects;

/**
 * A CalDAV server and the login on it, before any calendar is known: what discovery starts
 * from. The password lives only as long as one discovery (ADR 0015).
 *
 * @param server            the server's address as the user typed it (its root, or the CalDAV service's path)
 * @param user              the user name for Basic authentication
 * @param password          the password, or empty
 * @param allowInsecureHttp whether the password may go over plain http to another computer (ADR 0020)
 */
public record CalendarLogin(URI server, String user, String password, boolean allowInsecureHttp) {

    public CalendarLogin {
        Objects.requireNonNull(server, "server");
        user = user == null ? "" : user.strip();
        password = password == null ? "" : password;
    }

    /** The account of one of this server's calendars, with this login. */
    public CalendarAccount account(URI calendar) {
        return new CalendarAccount(calendar, user, password, allowInsecureHttp);
    }

    /** Without the password, so it never reaches a log or a message. */
    @Override
    public String toString() {
        return "CalendarLogin[" + server + ", user=" + user + (allowInsecureHttp ? ", insecure http allowed" : "") + "]";
    }
}

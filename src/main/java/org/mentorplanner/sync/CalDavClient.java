package org.mentorplanner.sync;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.http.HttpClient;
import java.time.Duration;
import org.mentorplanner.service.CalendarAccount;
import org.mentorplanner.service.CalendarCollection;
import org.mentorplanner.service.CalendarServer;

/**
 * A small CalDAV client (RFC 4791, the WebDAV parts of RFC 4918) on the JDK's HTTP client:
 * enough to keep one collection in step with the app, with Basic authentication over http or
 * https. Redirects are not followed: a redirected calendar URL is reported, so the user can
 * enter the one the server names.
 */
@Singleton
public class CalDavClient implements CalendarServer {

    /** How long to wait for a connection: long enough for a slow network, short enough to say "offline". */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** How long one request may take once connected. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final Duration requestTimeout;

    @Inject
    public CalDavClient() {
        this(CONNECT_TIMEOUT, REQUEST_TIMEOUT);
    }

    /** A client with other timeouts (tests use short ones). */
    public CalDavClient(Duration connectTimeout, Duration requestTimeout) {
        // HTTP/1.1 only: an HTTP/2 upgrade attempt on plain http confuses some small servers.
        this.http = HttpClient.newBuilder()
                              .version(HttpClient.Version.HTTP_1_1)
                              .connectTimeout(connectTimeout)
                              .followRedirects(HttpClient.Redirect.NEVER)
                              .build();
        this.requestTimeout = requestTimeout;
    }

    @Override
    public CalendarCollection open(CalendarAccount account) {
        return new CalDavCollection(http, requestTimeout, account);
    }
}

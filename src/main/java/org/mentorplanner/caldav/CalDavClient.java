package org.mentorplanner.caldav;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.http.HttpClient;
import java.time.Duration;
import org.mentorplanner.service.CalendarAccount;
import org.mentorplanner.service.CalendarCollection;
import org.mentorplanner.service.CalendarServer;
import org.mentorplanner.service.OnFirstUse;

/**
 * A small CalDAV client (RFC 4791, the WebDAV parts of RFC 4918) on the JDK's HTTP client:
 * enough to keep one collection in step with the app, with Basic authentication over https (or
 * plain http to a loopback address, or where the user allowed it: ADR 0020). Redirects are not
 * followed: a redirected calendar URL is reported, so the user can enter the one the server
 * names. Every request goes through one {@link DavTransport} on one {@link HttpClient}, with the
 * response size and retry limits of {@link DavLimits}.
 */
@Singleton
public class CalDavClient implements CalendarServer {

    /** How long to wait for a connection: long enough for a slow network, short enough to say "offline". */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** How long one request may take once connected. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final DavTransport transport;

    @Inject
    public CalDavClient() {
        this(CONNECT_TIMEOUT, REQUEST_TIMEOUT);
    }

    /** A client with other timeouts (tests use short ones). */
    public CalDavClient(Duration connectTimeout, Duration requestTimeout) {
        this(connectTimeout, requestTimeout, DavLimits.defaults());
    }

    /** A client with other timeouts and limits (tests use small ones, and a pause that does not sleep). */
    public CalDavClient(Duration connectTimeout, Duration requestTimeout, DavLimits limits) {
        // HTTP/1.1 only: an HTTP/2 upgrade attempt on plain http confuses some small servers. Made
        // on the first request: the window makes this client on its way to the first frame (ADR 0045).
        this.transport = new DavTransport(new OnFirstUse<>(() -> HttpClient.newBuilder()
                                                                         .version(HttpClient.Version.HTTP_1_1)
                                                                         .connectTimeout(connectTimeout)
                                                                         .followRedirects(HttpClient.Redirect.NEVER)
                                                                         .build()),
                requestTimeout, limits);
    }

    @Override
    public CalendarCollection open(CalendarAccount account) {
        return new CalDavCollection(transport, account);
    }

    /** The one transport of this client, for discovery on the same connections and limits. */
    DavTransport transport() {
        return transport;
    }
}

package org.mentorplanner.caldav;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;
import org.mentorplanner.service.CalendarServerException;

/**
 * Sends the CalDAV client's requests on its one {@link HttpClient}: retries a broken pooled
 * connection, waits as a busy server asks ({@code Retry-After} on 429 and 503, within
 * {@link DavLimits}), refuses a response body larger than the limit, and turns network
 * failures into messages for the person syncing. Shared by every collection and by discovery.
 */
final class DavTransport {

    /** Tries per request when a connection breaks (see {@link #send}). */
    private static final int CONNECTION_ATTEMPTS = 3;
    /** The wait before a retry when a busy server does not say how long: 1 s, then 2 s, then 4 s. */
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    private final Supplier<HttpClient> http;
    private final Duration requestTimeout;
    private final DavLimits limits;

    DavTransport(HttpClient http, Duration requestTimeout, DavLimits limits) {
        this(() -> http, requestTimeout, limits);
    }

    /** {@code http} is asked for the client at each request (the app's is made on the first). */
    DavTransport(Supplier<HttpClient> http, Duration requestTimeout, DavLimits limits) {
        this.http = http;
        this.requestTimeout = requestTimeout;
        this.limits = limits;
    }

    /** How long one request may take once connected. */
    Duration requestTimeout() {
        return requestTimeout;
    }

    /**
     * Sends {@code request} and returns the server's answer, whatever its status, once the server
     * is not busy any more or the retries are used up.
     *
     * @param what   what the request does, for messages ("list the calendar")
     * @param server the server's address, for messages
     * @throws CalendarServerException when the server cannot be reached, takes too long, sends a
     *                                 body over the limit or asks to wait longer than the limit
     */
    HttpResponse<String> send(HttpRequest request, String what, String server) {
        for (int retry = 0; ; retry++) {
            HttpResponse<String> response = sendOnce(request, what, server);
            int status = response.statusCode();
            if ((status != 429 && status != 503) || retry == limits.maxRetries()) {
                return response;
            }
            Duration wait = retryAfter(response.headers()).orElse(FIRST_BACKOFF.multipliedBy(1L << retry));
            if (wait.compareTo(limits.maxWait()) > 0) {
                throw new CalendarServerException("The calendar server " + server + " is busy (HTTP " + status + ") and asks to wait "
                        + readable(wait) + " before it is asked to " + what + " again. Sync again later; your changes stay "
                        + "on this computer until then.");
            }
            try {
                limits.pause().pause(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CalendarServerException("The sync was interrupted.", e);
            }
        }
    }

    /**
     * One exchange. A pooled connection the server has closed meanwhile (HTTP/1.0 servers such as
     * Radicale's own close after every answer, and the JDK pools the connection anyway) fails
     * before the request is read: it is sent again on another connection, up to
     * {@value #CONNECTION_ATTEMPTS} times in all. Safe for writes too, since every write is
     * conditional: a repeat that finds its own earlier write gets a 412, never a duplicate.
     */
    private HttpResponse<String> sendOnce(HttpRequest request, String what, String server) {
        try {
            for (int attempt = 1; ; attempt++) {
                BoundedBody body = new BoundedBody(limits.maxResponseBytes());
                try {
                    HttpResponse<String> response = http.get().send(request, body);
                    if (body.exceeded()) {
                        throw new CalendarServerException("The calendar server " + server + " sent an answer larger than "
                                + readableBytes(limits.maxResponseBytes()) + " when asked to " + what
                                + "; it was not read. Check the calendar URL, or ask the server's administrator.");
                    }
                    return response;
                } catch (IOException e) {
                    if (attempt == CONNECTION_ATTEMPTS || !isLostConnection(e)) {
                        throw e;
                    }
                }
            }
        } catch (HttpConnectTimeoutException e) {
            throw unreachable(server, "did not answer within the connection timeout", e);
        } catch (HttpTimeoutException e) {
            throw new CalendarServerException("The calendar server " + server + " took too long to " + what
                    + ". Sync again later; your changes stay on this computer until then.", e);
        } catch (ConnectException e) {
            throw unreachable(server, "refused the connection", e);
        } catch (SSLException e) {
            throw new CalendarServerException("A secure connection to " + server + " failed (" + e.getMessage()
                    + "). Check the calendar URL, or the server's certificate.", e);
        } catch (IOException e) {
            throw unreachable(server, "could not be reached (" + describe(e) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CalendarServerException("The sync was interrupted.", e);
        }
    }

    /**
     * The wait a {@code Retry-After} header asks for: seconds, or an HTTP date, taken relative to
     * the response's own {@code Date} (the server's clock, not ours, which may be off). Empty when
     * there is none or it cannot be read.
     */
    static Optional<Duration> retryAfter(HttpHeaders headers) {
        Optional<String> header = headers.firstValue("Retry-After").map(String::strip);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String value = header.get();
        if (value.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        Optional<String> date = headers.firstValue("Date");
        try {
            if (date.isPresent()) {
                Duration wait = Duration.between(httpDate(date.get()), httpDate(value));
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            }
        } catch (DateTimeParseException e) {
            // A date that does not parse is no instruction: the default back-off applies.
        }
        return Optional.empty();
    }

    private static ZonedDateTime httpDate(String text) {
        return ZonedDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
    }

    /**
     * A connection that broke (closed, reset) rather than one that could not be made, timed out or
     * failed its TLS handshake: those would only fail again.
     */
    private static boolean isLostConnection(IOException e) {
        return !(e instanceof ConnectException || e instanceof HttpTimeoutException || e instanceof SSLException);
    }

    private static CalendarServerException unreachable(String server, String what, Exception cause) {
        return new CalendarServerException("The calendar server " + server + " " + what
                + ": it is down or out of reach. Keep working offline; sync again when it is back.", cause);
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String readable(Duration wait) {
        long seconds = wait.toSeconds();
        return seconds < 120 ? seconds + " seconds" : seconds < 7200 ? (seconds + 59) / 60 + " minutes" : (seconds + 3599) / 3600 + " hours";
    }

    private static String readableBytes(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MiB" : bytes >= 1024 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }

    /** The scheme, host and port of {@code uri}: how messages name a server. */
    static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}

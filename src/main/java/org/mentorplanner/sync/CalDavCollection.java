package org.mentorplanner.sync;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.mentorplanner.service.CalendarAccount;
import org.mentorplanner.service.CalendarCollection;
import org.mentorplanner.service.CalendarResource;
import org.mentorplanner.service.CalendarServerException;
import org.mentorplanner.service.ResourceChangedException;
import org.mentorplanner.service.SyncReport;
import org.mentorplanner.service.UidTakenException;

/** One collection on a CalDAV server, reached through {@link CalDavClient}. */
final class CalDavCollection implements CalendarCollection {

    private static final String XML = "application/xml; charset=utf-8";
    private static final String PROPFIND_TYPE = """
            <?xml version="1.0" encoding="utf-8"?>
            <d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/></d:prop></d:propfind>
            """;
    private static final String PROPFIND_ETAG = """
            <?xml version="1.0" encoding="utf-8"?>
            <d:propfind xmlns:d="DAV:"><d:prop><d:getetag/><d:resourcetype/></d:prop></d:propfind>
            """;
    /** Tries per request when a connection breaks (see {@link #send}). */
    private static final int ATTEMPTS = 3;
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]+");

    private final HttpClient http;
    private final Duration timeout;
    private final CalendarAccount account;
    private final URI collection;
    private final Optional<String> authorization;

    CalDavCollection(HttpClient http, Duration timeout, CalendarAccount account) {
        this.http = http;
        this.timeout = timeout;
        this.account = account;
        this.collection = account.collection();
        // Sent with every request (preemptive Basic): no round trip to learn that a login is wanted.
        this.authorization = account.user().isEmpty() && account.password().isEmpty() ? Optional.empty()
                : Optional.of("Basic " + Base64.getEncoder().encodeToString(
                        (account.user() + ":" + account.password()).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void verify() {
        HttpResponse<String> response = send(request(collection, "PROPFIND", PROPFIND_TYPE).header("Depth", "0"), "open the calendar");
        requireMultiStatus(response, "open the calendar");
        boolean calendar = DavMultiStatus.parse(response.body(), collection)
                                         .stream().anyMatch(DavMultiStatus.Entry::isCalendar);
        if (!calendar) {
            throw new CalendarServerException(collection + " is on the server but is not a calendar: "
                    + "use the address of a calendar collection (your calendar app or the server's web page shows it).");
        }
    }

    @Override
    public Map<String, String> list() {
        HttpResponse<String> response = send(request(collection, "PROPFIND", PROPFIND_ETAG).header("Depth", "1"), "list the calendar");
        requireMultiStatus(response, "list the calendar");
        Map<String, String> etags = new LinkedHashMap<>();
        String self = collection.getPath();
        for (DavMultiStatus.Entry entry : DavMultiStatus.parse(response.body(), collection)) {
            if (!entry.isCollection() && !withSlash(entry.href()).equals(withSlash(self)) && entry.etag() != null) {
                etags.put(entry.href(), entry.etag());
            }
        }
        return etags;
    }

    @Override
    public String hrefOf(String fileName) {
        if (!SAFE_NAME.matcher(fileName).matches()) {
            throw new IllegalArgumentException("not a plain resource name: " + fileName);
        }
        return collection.getPath() + fileName;
    }

    @Override
    public String create(String href, String calendarObject) {
        HttpResponse<String> response = send(put(href, calendarObject).header("If-None-Match", "*"), "create " + href);
        if (response.statusCode() == 412) {
            throw new ResourceChangedException(href + " already exists on the server.");
        }
        requireSuccess(response, "create " + href);
        return response.headers().firstValue("ETag").orElse(null);
    }

    @Override
    public String update(String href, String etag, String calendarObject) {
        HttpResponse<String> response = send(put(href, calendarObject).header("If-Match", etag), "update " + href);
        if (response.statusCode() == 412 || response.statusCode() == 404) {
            throw new ResourceChangedException(href + " changed on the server.");
        }
        requireSuccess(response, "update " + href);
        return response.headers().firstValue("ETag").orElse(null);
    }

    @Override
    public boolean delete(String href, String etag) {
        HttpRequest.Builder request = request(resolve(href), "DELETE", null);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        HttpResponse<String> response = send(request, "delete " + href);
        if (response.statusCode() == 404 || response.statusCode() == 410) {
            return false;
        }
        if (response.statusCode() == 412) {
            throw new ResourceChangedException(href + " changed on the server.");
        }
        requireSuccess(response, "delete " + href);
        return true;
    }

    @Override
    public Optional<String> get(String href) {
        HttpResponse<String> response = send(request(resolve(href), "GET", null).header("Accept", "text/calendar"), "read " + href);
        if (response.statusCode() == 404 || response.statusCode() == 410) {
            return Optional.empty();
        }
        requireSuccess(response, "read " + href);
        return Optional.of(response.body());
    }

    @Override
    public String etagOf(String href) {
        HttpResponse<String> response = send(request(resolve(href), "PROPFIND", PROPFIND_ETAG).header("Depth", "0"), "read " + href);
        if (response.statusCode() == 404) {
            return null;
        }
        requireMultiStatus(response, "read " + href);
        return DavMultiStatus.parse(response.body(), collection).stream()
                             .map(DavMultiStatus.Entry::etag).filter(e -> e != null).findFirst().orElse(null);
    }

    private HttpRequest.Builder put(String href, String calendarObject) {
        return request(resolve(href), "PUT", calendarObject).header("Content-Type", "text/calendar; charset=utf-8");
    }

    private HttpRequest.Builder request(URI uri, String method, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null && !method.equals("PUT")) {
            request.header("Content-Type", XML);
        }
        authorization.ifPresent(value -> request.header("Authorization", value));
        return request;
    }

    /**
     * Sends a request; a network failure becomes a message that says the server is out of reach.
     * A pooled connection the server has closed meanwhile (HTTP/1.0 servers such as Radicale's
     * own close after every answer, and the JDK pools the connection anyway) fails before the
     * request is read: it is sent again on another connection, up to {@value #ATTEMPTS} times in
     * all. Safe for writes too, since every write is conditional: a repeat that finds its own
     * earlier write gets a 412, never a duplicate.
     */
    private HttpResponse<String> send(HttpRequest.Builder request, String what) {
        HttpRequest built = request.build();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    return http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    if (attempt == ATTEMPTS || !isLostConnection(e)) {
                        throw e;
                    }
                }
            }
        } catch (HttpConnectTimeoutException e) {
            throw unreachable("did not answer within the connection timeout", e);
        } catch (HttpTimeoutException e) {
            throw new CalendarServerException("The calendar server " + server() + " took too long to " + what
                    + ". Sync again later; your changes stay on this computer until then.", e);
        } catch (ConnectException e) {
            throw unreachable("refused the connection", e);
        } catch (SSLException e) {
            throw new CalendarServerException("A secure connection to " + server() + " failed (" + e.getMessage()
                    + "). Check the calendar URL, or the server's certificate.", e);
        } catch (IOException e) {
            throw unreachable("could not be reached (" + describe(e) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CalendarServerException("The sync was interrupted.", e);
        }
    }

    /**
     * A connection that broke (closed, reset) rather than one that could not be made, timed out or
     * failed its TLS handshake: those would only fail again.
     */
    private static boolean isLostConnection(IOException e) {
        return !(e instanceof ConnectException || e instanceof HttpTimeoutException || e instanceof SSLException);
    }

    private CalendarServerException unreachable(String what, Exception cause) {
        return new CalendarServerException("The calendar server " + server() + " " + what
                + ": it is down or out of reach. Keep working offline; sync again when it is back.", cause);
    }

    private void requireMultiStatus(HttpResponse<String> response, String what) {
        if (response.statusCode() == 404) {
            throw new CalendarServerException("There is no calendar at " + collection
                    + ": check the calendar URL (the calendar collection's address, usually ending in /).");
        }
        requireSuccess(response, what);
        if (response.statusCode() != 207) {
            throw new CalendarServerException(server() + " answered " + response.statusCode() + " instead of a WebDAV listing"
                    + " when asked to " + what + ": is " + collection + " a CalDAV calendar?");
        }
    }

    private void requireSuccess(HttpResponse<String> response, String what) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        String message = switch (status) {
            case 401 -> "The calendar server " + server() + " refused the login"
                    + (account.user().isEmpty() ? " (no user name was given)" : " of " + account.user())
                    + ": wrong user name or password.";
            case 403 -> "The calendar server " + server() + " does not let "
                    + (account.user().isEmpty() ? "anonymous users" : account.user()) + " " + what
                    + ": ask the calendar's owner for write access.";
            case 404 -> "There is no calendar at " + collection + ": check the calendar URL.";
            case 301, 302, 303, 307, 308 -> "The calendar server sends " + collection + " on to "
                    + response.headers().firstValue("Location").orElse("another address") + ": use that URL instead.";
            default -> status >= 500
                    ? "The calendar server " + server() + " failed (HTTP " + status + ") when asked to " + what + ". Sync again later."
                    : "The calendar server " + server() + " refused to " + what + " (HTTP " + status + ").";
        };
        throw new CalendarServerException(message);
    }

    private URI resolve(String href) {
        return collection.resolve(href);
    }

    private String server() {
        return collection.getScheme() + "://" + collection.getAuthority();
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String withSlash(String path) {
        return path.endsWith("/") ? path : path + "/";
    }

    // Two-way sync (ADR 0018): the reports of a pull.

    @Override
    public Optional<SyncReport> changesSince(String syncToken) {
        HttpResponse<String> response = send(request(collection, "REPORT", DavReports.syncCollection(syncToken))
                .header("Depth", "0"), "list the calendar's changes");
        int status = response.statusCode();
        if (status == 207) {
            return Optional.of(DavReports.syncAnswer(response.body(), collection));
        }
        // 403/409 with DAV:valid-sync-token: the token expired; 400, 405, 415, 501: no such report
        // here. Either way the caller lists the collection instead. Logins and missing calendars
        // are reported as for every request.
        if (status == 401 || status == 404 || status >= 500 || status < 400) {
            requireMultiStatus(response, "list the calendar's changes");
        }
        return Optional.empty();
    }

    @Override
    public java.util.List<CalendarResource> multiget(java.util.Collection<String> hrefs) {
        if (hrefs.isEmpty()) {
            return java.util.List.of();
        }
        HttpResponse<String> response = send(request(collection, "REPORT", DavReports.multiget(hrefs))
                .header("Depth", "1"), "read " + hrefs.size() + " events");
        requireMultiStatus(response, "read " + hrefs.size() + " events");
        return DavReports.multigetAnswer(response.body(), collection);
    }

    @Override
    public String createUnique(String href, String calendarObject) {
        HttpResponse<String> response = send(put(href, calendarObject).header("If-None-Match", "*"), "create " + href);
        if (response.statusCode() == 412) {
            throw new ResourceChangedException(href + " already exists on the server.");
        }
        if (response.statusCode() == 409) {
            Optional<String> conflict = DavReports.uidConflict(response.body(), collection);
            if (conflict.isPresent()) {
                String holder = conflict.get().isEmpty() ? holderOf(calendarObject, href) : conflict.get();
                if (holder != null) {
                    throw new UidTakenException(holder);
                }
            }
        }
        requireSuccess(response, "create " + href);
        return response.headers().firstValue("ETag").orElse(null);
    }

    /** The other resource that holds the UID of {@code calendarObject}, found with a calendar-query; {@code null} when none is. */
    private String holderOf(String calendarObject, String href) {
        Optional<String> uid = DavReports.uidOf(calendarObject);
        if (uid.isEmpty()) {
            return null;
        }
        HttpResponse<String> response = send(request(collection, "REPORT", DavReports.uidQuery(uid.get())).header("Depth", "1"),
                "find the event with UID " + uid.get());
        requireMultiStatus(response, "find the event with UID " + uid.get());
        return DavMultiStatus.parse(response.body(), collection).stream().map(DavMultiStatus.Entry::href)
                             .filter(found -> !found.equals(href) && !withSlash(found).equals(withSlash(collection.getPath())))
                             .findFirst().orElse(null);
    }
}

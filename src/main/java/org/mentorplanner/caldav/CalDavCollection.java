package org.mentorplanner.caldav;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
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
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]+");

    private final DavTransport transport;
    private final CalendarAccount account;
    private final URI collection;
    private final Optional<String> authorization;

    CalDavCollection(DavTransport transport, CalendarAccount account) {
        this.transport = transport;
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
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(transport.requestTimeout())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null && !method.equals("PUT")) {
            request.header("Content-Type", XML);
        }
        authorization.ifPresent(value -> {
            PlainHttpGuard.requireSafeForPassword(uri, account.user(), account.allowInsecureHttp());
            request.header("Authorization", value);
        });
        return request;
    }

    /** Sends a request through the client's transport (retries, limits, messages: {@link DavTransport#send}). */
    private HttpResponse<String> send(HttpRequest.Builder request, String what) {
        return transport.send(request.build(), what, server());
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
            case 429 -> "The calendar server " + server() + " is busy (too many requests) and still refused to " + what
                    + " after the waits it asked for. Sync again later.";
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
    public List<CalendarResource> multiget(Collection<String> hrefs) {
        if (hrefs.isEmpty()) {
            return List.of();
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

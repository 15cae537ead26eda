package org.mentorplanner.caldav;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.mentorplanner.service.CalendarDiscovery;
import org.mentorplanner.service.CalendarHome;
import org.mentorplanner.service.CalendarLogin;
import org.mentorplanner.service.CalendarServerException;
import org.mentorplanner.service.DiscoveredCalendar;
import org.w3c.dom.Element;

/**
 * CalDAV discovery (RFC 6764 §6, RFC 4791 §6.2.1, RFC 5397): from a server address and a login,
 * the user's principal ({@code DAV:current-user-principal}, asked of the address given, then of
 * {@code /.well-known/caldav} and the server's root), their calendar home
 * ({@code CALDAV:calendar-home-set}) and the calendars in it; and MKCALENDAR for a new one.
 * Requests go through the {@link CalDavClient}'s one transport, with its limits. Redirects are
 * followed (the well-known address usually is one) on the same host only, and never from https
 * down to http: the login goes with every request.
 */
@Singleton
public class CalDavDiscovery implements CalendarDiscovery {

    private static final int MAX_REDIRECTS = 5;
    private static final String XML = "application/xml; charset=utf-8";
    private static final String WHAT = "find your calendars";
    private static final String PRINCIPAL = """
            <?xml version="1.0" encoding="utf-8"?>
            <d:propfind xmlns:d="DAV:"><d:prop><d:current-user-principal/></d:prop></d:propfind>
            """;
    private static final String HOME = """
            <?xml version="1.0" encoding="utf-8"?>
            <d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><c:calendar-home-set/></d:prop></d:propfind>
            """;
    private static final String CALENDARS = """
            <?xml version="1.0" encoding="utf-8"?>
            <d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><d:resourcetype/><d:displayname/>\
            <c:supported-calendar-component-set/></d:prop></d:propfind>
            """;
    private static final String MKCALENDAR = """
            <?xml version="1.0" encoding="utf-8"?>
            <c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:set><d:prop>\
            <d:displayname>%s</d:displayname>\
            <c:supported-calendar-component-set><c:comp name="VEVENT"/></c:supported-calendar-component-set>\
            </d:prop></d:set></c:mkcalendar>
            """;

    private final DavTransport transport;

    @Inject
    public CalDavDiscovery(CalDavClient client) {
        this.transport = client.transport();
    }

    @Override
    public CalendarHome discover(CalendarLogin login) {
        Conversation conversation = new Conversation(login);
        URI principal = conversation.principal();
        URI home = conversation.home(principal);
        return new CalendarHome(principal, home, conversation.calendars(home));
    }

    @Override
    public DiscoveredCalendar createCalendar(CalendarLogin login, String displayName) {
        Conversation conversation = new Conversation(login);
        URI home = conversation.home(conversation.principal());
        List<DiscoveredCalendar> existing = conversation.calendars(home);
        Set<String> taken = new HashSet<>();
        for (DiscoveredCalendar calendar : existing) {
            if (calendar.displayName().equalsIgnoreCase(displayName)) {
                throw new CalendarServerException("There is a calendar named \"" + calendar.displayName() + "\" already, at "
                        + calendar.url() + ": use it, or choose another name.");
            }
            taken.add(lastSegment(calendar.url()));
        }
        URI target = home.resolve(unique(slug(displayName), taken) + "/");
        HttpResponse<String> response = conversation.send(conversation.request(target, "MKCALENDAR",
                MKCALENDAR.formatted(DavXml.escape(displayName))), "create a calendar");
        switch (response.statusCode()) {
            case 201 -> {
                return new DiscoveredCalendar(target, displayName, List.of("VEVENT"));
            }
            case 405 -> throw new CalendarServerException("There is something at " + target
                    + " already (not a calendar of yours): choose another name.");
            case 403 -> throw new CalendarServerException("The server " + DavTransport.origin(target) + " does not let "
                    + login.user() + " create calendars in " + home + ": ask its administrator, or make the calendar on the "
                    + "server's web page and pick it from the list.");
            default -> throw conversation.failure(response, target, "create a calendar");
        }
    }

    /** The last path segment of a collection URL ({@code team} of {@code /alice/team/}). */
    private static String lastSegment(URI url) {
        String path = url.getPath().endsWith("/") ? url.getPath().substring(0, url.getPath().length() - 1) : url.getPath();
        return path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    /** A plain path segment from a name: ASCII letters, digits and dashes ("Mentoring – planning" → "mentoring-planning"). */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "calendar" : slug;
    }

    private static String unique(String slug, Set<String> taken) {
        String candidate = slug;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }

    /** One discovery's requests, with its login. */
    private final class Conversation {

        private final CalendarLogin login;
        private final Optional<String> authorization;

        Conversation(CalendarLogin login) {
            this.login = login;
            this.authorization = login.user().isEmpty() ? Optional.empty()
                    : Optional.of("Basic " + Base64.getEncoder().encodeToString(
                            (login.user() + ":" + login.password()).getBytes(StandardCharsets.UTF_8)));
        }

        /**
         * The user's principal: asked of the address given (unless it is the bare server), then of
         * the well-known address and the root. A 404 or 405 (no DAV there) tries the next one.
         */
        URI principal() {
            URI given = login.server().getRawPath() == null || login.server().getRawPath().isEmpty()
                    ? login.server().resolve("/") : login.server();
            List<URI> candidates = new ArrayList<>();
            if (!given.getRawPath().equals("/")) {
                candidates.add(given);
            }
            candidates.add(given.resolve("/.well-known/caldav"));
            candidates.add(given.resolve("/"));
            for (URI candidate : candidates) {
                Answer answer = propfind(candidate, "0", PRINCIPAL);
                int status = answer.response().statusCode();
                if (status == 207) {
                    for (DavXml.Response response : DavXml.multiStatus(answer.response().body())) {
                        List<String> hrefs = response.hrefsOf(DavXml.DAV, "current-user-principal");
                        if (!hrefs.isEmpty()) {
                            return resolve(answer.uri(), hrefs.get(0));
                        }
                    }
                } else if (status == 401 || status >= 500 || status == 429) {
                    throw failure(answer.response(), answer.uri(), WHAT);
                }
            }
            throw new CalendarServerException("Found no CalDAV service for " + login.user() + " at " + DavTransport.origin(given)
                    + ": give the address of the server's CalDAV service, as its documentation or your calendar app names it "
                    + "(for Nextcloud, https://cloud.example.org/remote.php/dav/).");
        }

        /** The calendar home the principal names. */
        URI home(URI principal) {
            Answer answer = propfind(principal, "0", HOME);
            requireMultiStatus(answer);
            for (DavXml.Response response : DavXml.multiStatus(answer.response().body())) {
                List<String> hrefs = response.hrefsOf(DavXml.CALDAV, "calendar-home-set");
                if (!hrefs.isEmpty()) {
                    return withSlash(resolve(answer.uri(), hrefs.get(0)));
                }
            }
            throw new CalendarServerException("The server names " + principal + " as the principal of " + login.user()
                    + " but gives it no calendar home: it does not offer calendars (CalDAV) to this user.");
        }

        /** The calendar collections in a home, by name then address. */
        List<DiscoveredCalendar> calendars(URI home) {
            Answer answer = propfind(home, "1", CALENDARS);
            requireMultiStatus(answer);
            List<DiscoveredCalendar> calendars = new ArrayList<>();
            for (DavXml.Response response : DavXml.multiStatus(answer.response().body())) {
                URI url = withSlash(resolve(answer.uri(), response.href()));
                if (url.getPath().equals(answer.uri().getPath()) || !response.isOfType(DavXml.CALDAV, "calendar")) {
                    continue;
                }
                Element name = response.property(DavXml.DAV, "displayname");
                Element set = response.property(DavXml.CALDAV, "supported-calendar-component-set");
                List<String> components = set == null ? List.of()
                        : DavXml.children(set, DavXml.CALDAV, "comp").stream().map(comp -> comp.getAttribute("name"))
                                .filter(n -> !n.isBlank()).map(n -> n.toUpperCase(Locale.ROOT)).toList();
                calendars.add(new DiscoveredCalendar(url, name == null ? "" : name.getTextContent(), components));
            }
            calendars.sort(Comparator.comparing((DiscoveredCalendar c) -> c.displayName().toLowerCase(Locale.ROOT))
                                     .thenComparing(c -> c.url().toString()));
            return calendars;
        }

        /** A PROPFIND, following redirects on the same host (never from https to http). */
        Answer propfind(URI uri, String depth, String body) {
            URI current = uri;
            for (int redirects = 0; ; redirects++) {
                HttpResponse<String> response = send(request(current, "PROPFIND", body).header("Depth", depth), WHAT);
                Optional<String> location = response.headers().firstValue("Location");
                if (!isRedirect(response.statusCode()) || location.isEmpty() || redirects == MAX_REDIRECTS) {
                    return new Answer(current, response);
                }
                URI next = resolve(current, location.get());
                if (next.getHost() == null || !next.getHost().equalsIgnoreCase(current.getHost())) {
                    throw new CalendarServerException("The server " + DavTransport.origin(current) + " sends " + current.getPath()
                            + " on to another server, " + DavTransport.origin(next) + ": if you trust it, give that address.");
                }
                if ("https".equalsIgnoreCase(current.getScheme()) && !"https".equalsIgnoreCase(next.getScheme())) {
                    throw new CalendarServerException("The server " + DavTransport.origin(current)
                            + " sends discovery from https on to plain http (" + next + "): refused, since the password would go"
                            + " unencrypted. Ask the server's administrator to keep CalDAV on https.");
                }
                current = next;
            }
        }

        HttpRequest.Builder request(URI uri, String method, String body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(transport.requestTimeout())
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .header("Content-Type", XML);
            authorization.ifPresent(value -> {
                PlainHttpGuard.requireSafeForPassword(uri, login.user(), login.allowInsecureHttp());
                request.header("Authorization", value);
            });
            return request;
        }

        HttpResponse<String> send(HttpRequest.Builder request, String what) {
            HttpRequest built = request.build();
            return transport.send(built, what, DavTransport.origin(built.uri()));
        }

        private void requireMultiStatus(Answer answer) {
            if (answer.response().statusCode() != 207) {
                throw failure(answer.response(), answer.uri(), WHAT);
            }
        }

        CalendarServerException failure(HttpResponse<String> response, URI uri, String what) {
            int status = response.statusCode();
            String server = DavTransport.origin(uri);
            return new CalendarServerException(switch (status) {
                case 401 -> "The server " + server + " refused the login of " + login.user() + ": wrong user name or password.";
                case 403 -> "The server " + server + " does not let " + login.user() + " " + what + " at " + uri + ".";
                case 404 -> "There is nothing at " + uri + ": check the server address.";
                case 429 -> "The server " + server + " is busy (too many requests): try again later.";
                default -> status >= 500
                        ? "The server " + server + " failed (HTTP " + status + ") when asked to " + what + ". Try again later."
                        : status == 207 || (status >= 200 && status < 300)
                                ? "The server " + server + " answered " + status + " instead of what CalDAV servers answer when asked to "
                                        + what + ": is " + uri + " a CalDAV server?"
                                : "The server " + server + " refused to " + what + " at " + uri + " (HTTP " + status + ").";
            });
        }
    }

    /** An answer and the address that gave it (after redirects): relative hrefs resolve against it. */
    private record Answer(URI uri, HttpResponse<String> response) {
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI resolve(URI base, String href) {
        try {
            return base.resolve(URI.create(href));
        } catch (IllegalArgumentException e) {
            throw new CalendarServerException("The server answered with a broken address (" + href + ").", e);
        }
    }

    private static URI withSlash(URI uri) {
        return uri.getRawPath().endsWith("/") ? uri : URI.create(uri + "/");
    }
}

package org.mentorplanner.caldav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorplanner.service.CalendarHome;
import org.mentorplanner.service.CalendarLogin;
import org.mentorplanner.service.CalendarServerException;
import org.mentorplanner.service.DiscoveredCalendar;

/**
 * Discovery on a server laid out as Nextcloud-like servers are (the well-known address redirects
 * to a DAV root below the web root; principal and home elsewhere), played by a tiny local HTTP
 * server, and redirects that would carry the login to another host.
 */
class CalDavDiscoveryRedirectTest {

    private static final String MULTISTATUS = """
            <?xml version="1.0" encoding="utf-8"?>
            <d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">%s</d:multistatus>
            """;

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile Map<String, Answer> answers = Map.of();

    /** A canned answer. */
    record Answer(int status, String location, String body) {
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            requests.add(exchange.getRequestMethod() + " " + path + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            Answer answer = answers.getOrDefault(path, new Answer(404, null, ""));
            if (answer.location() != null) {
                exchange.getResponseHeaders().set("Location", answer.location());
            }
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        }
    }

    private URI root() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private static Answer found(String responses) {
        return new Answer(207, null, MULTISTATUS.formatted(responses));
    }

    private static String response(String href, String props) {
        return "<d:response><d:href>" + href + "</d:href><d:propstat><d:prop>" + props
                + "</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>";
    }

    private CalendarHome discover() {
        return new CalDavDiscovery(new CalDavClient()).discover(new CalendarLogin(root(), "alice", "secret", false));
    }

    @Test
    void theWellKnownRedirectLeadsToThePrincipalTheHomeAndItsCalendars() {
        answers = Map.of(
                "/.well-known/caldav", new Answer(301, "/remote.php/dav/", ""),
                "/remote.php/dav/", found(response("/remote.php/dav/",
                        "<d:current-user-principal><d:href>/remote.php/dav/principals/users/alice/</d:href></d:current-user-principal>")),
                "/remote.php/dav/principals/users/alice/", found(response("/remote.php/dav/principals/users/alice/",
                        "<c:calendar-home-set><d:href>/remote.php/dav/calendars/alice/</d:href></c:calendar-home-set>")),
                "/remote.php/dav/calendars/alice/", found(
                        response("/remote.php/dav/calendars/alice/", "<d:resourcetype><d:collection/></d:resourcetype>")
                        + response("/remote.php/dav/calendars/alice/personal/",
                                "<d:resourcetype><d:collection/><c:calendar/></d:resourcetype><d:displayname>Personal &amp; work</d:displayname>"
                                + "<c:supported-calendar-component-set><c:comp name=\"VEVENT\"/></c:supported-calendar-component-set>")
                        + response("/remote.php/dav/calendars/alice/inbox/",
                                "<d:resourcetype><d:collection/><c:schedule-inbox/></d:resourcetype>")
                        + response("/remote.php/dav/calendars/alice/notes",
                                "<d:resourcetype><d:collection/><c:calendar/></d:resourcetype>")));

        CalendarHome home = discover();

        assertThat(home.principal()).isEqualTo(root().resolve("/remote.php/dav/principals/users/alice/"));
        assertThat(home.home()).isEqualTo(root().resolve("/remote.php/dav/calendars/alice/"));
        assertThat(home.calendars()).containsExactly(
                new DiscoveredCalendar(root().resolve("/remote.php/dav/calendars/alice/notes/"), "", List.of()),
                new DiscoveredCalendar(root().resolve("/remote.php/dav/calendars/alice/personal/"), "Personal & work", List.of("VEVENT")));
        assertThat(requests).first().asString().startsWith("PROPFIND /.well-known/caldav Basic ");
        assertThat(requests).allSatisfy(request -> assertThat(request).startsWith("PROPFIND ").contains(" Basic "));
    }

    @Test
    void aRedirectToAnotherHostIsNotFollowedWithTheLogin() {
        URI elsewhere = URI.create("http://localhost:" + server.getAddress().getPort() + "/dav/");
        answers = Map.of("/.well-known/caldav", new Answer(301, elsewhere.toString(), ""));

        assertThatThrownBy(this::discover)
                .isInstanceOf(CalendarServerException.class)
                .hasMessage("The server " + DavTransport.origin(root()) + " sends /.well-known/caldav on to another server, "
                        + "http://localhost:" + server.getAddress().getPort() + ": if you trust it, give that address.");
        assertThat(requests).hasSize(1);
    }

    @Test
    void aServerWithoutCalDavSaysWhereToLookInstead() {
        answers = Map.of();

        assertThatThrownBy(this::discover)
                .isInstanceOf(CalendarServerException.class)
                .hasMessageContaining("Found no CalDAV service for alice at " + DavTransport.origin(root()))
                .hasMessageContaining("remote.php/dav/");
        assertThat(requests).extracting(request -> request.split(" ")[1]).containsExactly("/.well-known/caldav", "/");
    }
}

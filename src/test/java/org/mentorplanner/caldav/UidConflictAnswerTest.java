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
import org.mentorplanner.service.CalendarAccount;
import org.mentorplanner.service.CalendarCollection;
import org.mentorplanner.service.CalendarServerException;
import org.mentorplanner.service.UidTakenException;

/**
 * A create refused with 409 {@code no-uid-conflict} (RFC 4791 §5.3.2.1) as servers that name the
 * holder answer it (Radicale does not: {@code PlanningSyncTest} covers that case on Radicale),
 * played by a tiny local HTTP server for that one answer.
 */
class UidConflictAnswerTest {

    private static final String EVENT = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//test//EN\r
            BEGIN:VEVENT\r
            UID:session-42@mentor-planner\r
            DTSTAMP:20261101T120000Z\r
            DTSTART:20261201T100000Z\r
            DTEND:20261201T110000Z\r
            SUMMARY:Career chat\r
            END:VEVENT\r
            END:VCALENDAR\r
            """;

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile Map<String, String[]> answers = Map.of();

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

    @Test
    void theHrefNamedInThePreconditionIsTheHolderWithoutAnotherRequest() {
        answers = Map.of("PUT", new String[] {"409", """
                <?xml version="1.0" encoding="utf-8"?>
                <D:error xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
                  <C:no-uid-conflict><D:href>http://127.0.0.1:%d/cal/booked-in-portal.ics</D:href></C:no-uid-conflict>
                </D:error>
                """.formatted(server.getAddress().getPort())});

        assertThatThrownBy(() -> collection().createUnique("/cal/session-42.ics", EVENT))
                .isInstanceOfSatisfying(UidTakenException.class, e -> assertThat(e.holder()).isEqualTo("/cal/booked-in-portal.ics"));
        assertThat(requests).containsExactly("PUT /cal/session-42.ics");
    }

    @Test
    void withoutAnHrefTheHolderIsFoundByACalendarQueryOnTheUid() {
        answers = Map.of("PUT", new String[] {"409", """
                <?xml version="1.0" encoding="utf-8"?>
                <D:error xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><C:no-uid-conflict/></D:error>
                """}, "REPORT", new String[] {"207", """
                <?xml version="1.0" encoding="utf-8"?>
                <D:multistatus xmlns:D="DAV:"><D:response><D:href>/cal/found.ics</D:href>
                <D:propstat><D:prop><D:getetag>"e1"</D:getetag></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>
                </D:response></D:multistatus>
                """});

        assertThatThrownBy(() -> collection().createUnique("/cal/session-42.ics", EVENT))
                .isInstanceOfSatisfying(UidTakenException.class, e -> assertThat(e.holder()).isEqualTo("/cal/found.ics"));
        assertThat(requests).containsExactly("PUT /cal/session-42.ics", "REPORT /cal/");
    }

    @Test
    void anotherConflictIsAnOrdinaryRefusal() {
        answers = Map.of("PUT", new String[] {"409", "<html>Conflict</html>"});

        assertThatThrownBy(() -> collection().createUnique("/cal/session-42.ics", EVENT))
                .isInstanceOf(CalendarServerException.class).isNotInstanceOf(UidTakenException.class)
                .hasMessageContaining("HTTP 409");
    }

    private CalendarCollection collection() {
        URI calendar = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/cal/");
        return new CalDavClient().open(new CalendarAccount(calendar, "alice", "secret"));
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            String[] answer = answers.getOrDefault(exchange.getRequestMethod(), new String[] {"500", ""});
            byte[] body = answer[1].getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/xml; charset=utf-8");
            exchange.sendResponseHeaders(Integer.parseInt(answer[0]), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        }
    }
}

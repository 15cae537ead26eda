package org.mentorplanner.caldav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorplanner.service.CalendarAccount;
import org.mentorplanner.service.CalendarCollection;
import org.mentorplanner.service.CalendarServerException;

/**
 * The CalDAV client against a server that misbehaves on purpose (a tiny local HTTP server):
 * busy answers with {@code Retry-After}, and bodies larger than the limit. The client's pause
 * records the waits instead of sleeping, so no test waits.
 */
class DavTransportLimitsTest {

    private static final String CALENDAR = """
            <?xml version="1.0" encoding="utf-8"?>
            <d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:response><d:href>/cal/</d:href>
            <d:propstat><d:prop><d:resourcetype><d:collection/><c:calendar/></d:resourcetype></d:prop>
            <d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>
            """;
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    /** What the server does with the n-th request (from 0). */
    @FunctionalInterface
    interface Behaviour {
        void answer(int n, HttpExchange exchange) throws IOException;
    }

    private HttpServer server;
    private volatile Behaviour behaviour;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<Duration> pauses = new CopyOnWriteArrayList<>();
    private final AtomicBoolean clientWentAway = new AtomicBoolean();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                behaviour.answer(requests.getAndIncrement(), exchange);
            } catch (IOException e) {
                clientWentAway.set(true);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private CalendarCollection collection(long maxResponseBytes) {
        DavLimits limits = new DavLimits(maxResponseBytes, 3, Duration.ofSeconds(30), pauses::add);
        CalDavClient client = new CalDavClient(Duration.ofSeconds(5), Duration.ofSeconds(10), limits);
        URI calendar = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/cal/");
        return client.open(new CalendarAccount(calendar, "alice", "secret"));
    }

    private static void send(HttpExchange exchange, int status, String body, String... headers) throws IOException {
        for (int i = 0; i < headers.length; i += 2) {
            exchange.getResponseHeaders().set(headers[i], headers[i + 1]);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    @Test
    void aBusyServerIsAskedAgainAfterTheSecondsItsRetryAfterNames() {
        behaviour = (n, exchange) -> {
            if (n < 2) {
                send(exchange, n == 0 ? 503 : 429, "busy", "Retry-After", "7");
            } else {
                send(exchange, 207, CALENDAR, "Content-Type", "application/xml");
            }
        };

        collection(1 << 20).verify();

        assertThat(pauses).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(7));
        assertThat(requests).hasValue(3);
    }

    @Test
    void aRetryAfterDateCountsFromTheServersOwnDateNotOurClock() {
        ZonedDateTime serverNow = ZonedDateTime.of(2019, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC);

        assertThat(DavTransport.retryAfter(headers("Date", HTTP_DATE.format(serverNow),
                "Retry-After", HTTP_DATE.format(serverNow.plusSeconds(20))))).contains(Duration.ofSeconds(20));
        assertThat(DavTransport.retryAfter(headers("Date", HTTP_DATE.format(serverNow),
                "Retry-After", HTTP_DATE.format(serverNow.minusSeconds(5))))).contains(Duration.ZERO);
        assertThat(DavTransport.retryAfter(headers("Retry-After", HTTP_DATE.format(serverNow)))).isEmpty();
        assertThat(DavTransport.retryAfter(headers("Retry-After", " 120 "))).contains(Duration.ofSeconds(120));
        assertThat(DavTransport.retryAfter(headers("Retry-After", "soon"))).isEmpty();
        assertThat(DavTransport.retryAfter(headers())).isEmpty();
    }

    private static HttpHeaders headers(String... namesAndValues) {
        Map<String, List<String>> map = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return HttpHeaders.of(map, (name, value) -> true);
    }

    @Test
    void aServerAskingForALongerWaitThanTheLimitIsNotWaitedFor() {
        behaviour = (n, exchange) -> send(exchange, 503, "", "Retry-After", "3600");
        CalendarCollection collection = collection(1 << 20);

        assertThatThrownBy(collection::verify)
                .isInstanceOf(CalendarServerException.class)
                .hasMessageContaining("is busy (HTTP 503) and asks to wait 60 minutes before it is asked to open the calendar again")
                .hasMessageContaining("Sync again later");
        assertThat(pauses).isEmpty();
        assertThat(requests).hasValue(1);
    }

    @Test
    void aServerThatStaysBusyGetsABoundedNumberOfRetriesWithGrowingWaits() {
        behaviour = (n, exchange) -> send(exchange, 429, "");
        CalendarCollection collection = collection(1 << 20);

        assertThatThrownBy(collection::list)
                .isInstanceOf(CalendarServerException.class)
                .hasMessageContaining("is busy (too many requests) and still refused to list the calendar");
        assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(requests).hasValue(4);
    }

    @Test
    void anEndlessBodyIsCutOffAtTheLimitInsteadOfReadIntoMemory() {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) ' ');
        behaviour = (n, exchange) -> {
            exchange.sendResponseHeaders(207, 0); // chunked, no length announced
            OutputStream body = exchange.getResponseBody();
            body.write("<?xml version=\"1.0\"?><d:multistatus xmlns:d=\"DAV:\">".getBytes(StandardCharsets.UTF_8));
            while (true) { // until the client hangs up
                body.write(chunk);
                body.flush();
            }
        };
        CalendarCollection collection = collection(1 << 20);

        assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                assertThatThrownBy(collection::list)
                        .isInstanceOf(CalendarServerException.class)
                        .hasMessageContaining("sent an answer larger than 1 MiB when asked to list the calendar; it was not read"));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            while (!clientWentAway.get()) { // the server's endless write fails once the client has hung up
                Thread.onSpinWait();
            }
        });
    }

    @Test
    void aBodyAnnouncedLargerThanTheLimitIsRefusedBeforeItIsRead() {
        behaviour = (n, exchange) -> {
            exchange.sendResponseHeaders(200, 50L * 1024 * 1024 * 1024);
            for (int i = 0; i < 400; i++) { // a trickle of 50 GB that would take years: the client must not wait for it
                exchange.getResponseBody().write(new byte[1024]);
                exchange.getResponseBody().flush();
                sleepQuietly(Duration.ofMillis(50));
            }
        };
        CalendarCollection collection = collection(1 << 20);

        assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                assertThatThrownBy(() -> collection.get("/cal/huge.ics"))
                        .isInstanceOf(CalendarServerException.class)
                        .hasMessageContaining("sent an answer larger than 1 MiB when asked to read /cal/huge.ics"));
    }

    @Test
    void aBodyWithinTheLimitIsReadWhole() {
        String event = "BEGIN:VCALENDAR\r\n" + "X-PAD:" + "x".repeat(900) + "\r\nEND:VCALENDAR\r\n";
        behaviour = (n, exchange) -> send(exchange, 200, event);

        assertThat(collection(1024).get("/cal/a.ics")).contains(event);
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

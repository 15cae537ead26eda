package org.mentorplanner.caldav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorplanner.service.CalendarAccount;
import org.mentorplanner.service.CalendarCollection;
import org.mentorplanner.service.ResourceChangedException;

/** The CalDAV client's conditional requests against a real server: nothing is overwritten by mistake. */
class CalDavClientTest {

    @RegisterExtension
    static final RadicaleServer RADICALE = new RadicaleServer();

    private static final String EVENT = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//test//EN\r
            BEGIN:VEVENT\r
            UID:%s\r
            DTSTAMP:20261101T120000Z\r
            DTSTART:20261201T100000Z\r
            DTEND:20261201T110000Z\r
            SUMMARY:%s\r
            END:VEVENT\r
            END:VCALENDAR\r
            """;

    private URI calendar;
    private CalendarCollection collection;

    @BeforeEach
    void setUp() throws Exception {
        calendar = RADICALE.newCalendar();
        collection = new CalDavClient().open(new CalendarAccount(calendar, RadicaleServer.USER, RadicaleServer.PASSWORD));
    }

    @Test
    void createNeverReplacesAnExistingResource() throws Exception {
        String href = collection.hrefOf("a.ics");
        String etag = collection.create(href, EVENT.formatted("a", "First"));

        assertThatThrownBy(() -> collection.create(href, EVENT.formatted("a", "Second"))).isInstanceOf(ResourceChangedException.class);
        assertThat(RADICALE.get(calendar, href)).contains("SUMMARY:First");
        assertThat(collection.list()).containsExactly(Map.entry(href, etag));
        assertThat(collection.etagOf(href)).isEqualTo(etag);
    }

    @Test
    void updateAndDeleteNeedTheEtagTheServerHas() throws Exception {
        String href = collection.hrefOf("b.ics");
        String first = collection.create(href, EVENT.formatted("b", "First"));
        String second = collection.update(href, first, EVENT.formatted("b", "Second"));
        assertThat(second).isNotEqualTo(first);

        assertThatThrownBy(() -> collection.update(href, first, EVENT.formatted("b", "Stale"))).isInstanceOf(ResourceChangedException.class);
        assertThatThrownBy(() -> collection.delete(href, first)).isInstanceOf(ResourceChangedException.class);
        assertThat(RADICALE.get(calendar, href)).contains("SUMMARY:Second");

        assertThat(collection.delete(href, second)).isTrue();
        assertThat(collection.list()).isEmpty();
        assertThat(collection.delete(href, second)).isFalse();
        assertThat(collection.etagOf(href)).isNull();
    }

    @Test
    void hrefsAreOnlyMadeFromPlainNames() {
        assertThat(collection.hrefOf("session-1-2.ics")).isEqualTo(calendar.getPath() + "session-1-2.ics");
        assertThatThrownBy(() -> collection.hrefOf("../other/x.ics")).isInstanceOf(IllegalArgumentException.class);
    }
}

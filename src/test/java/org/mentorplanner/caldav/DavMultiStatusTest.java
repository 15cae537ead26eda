package org.mentorplanner.caldav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.mentorplanner.service.CalendarServerException;

/** Reading WebDAV multistatus answers as servers other than Radicale write them. */
class DavMultiStatusTest {

    private static final URI BASE = URI.create("https://dav.example.org/cal/team/");

    @Test
    void readsHrefsAbsoluteOrEncodedEtagsAndResourceTypes() {
        String xml = """
                <?xml version="1.0" encoding="utf-8"?>
                <D:multistatus xmlns:D="DAV:" xmlns:cal="urn:ietf:params:xml:ns:caldav">
                  <D:response>
                    <D:href>https://dav.example.org/cal/team/</D:href>
                    <D:propstat><D:prop><D:resourcetype><D:collection/><cal:calendar/></D:resourcetype></D:prop>
                      <D:status>HTTP/1.1 200 OK</D:status></D:propstat>
                    <D:propstat><D:prop><D:getetag/></D:prop><D:status>HTTP/1.1 404 Not Found</D:status></D:propstat>
                  </D:response>
                  <D:response>
                    <D:href>/cal/team/session%2D1.ics</D:href>
                    <D:propstat><D:prop><D:getetag>"abc"</D:getetag><D:resourcetype/></D:prop>
                      <D:status>HTTP/1.1 200 OK</D:status></D:propstat>
                  </D:response>
                </D:multistatus>
                """;

        assertThat(DavMultiStatus.parse(xml, BASE)).containsExactly(
                new DavMultiStatus.Entry("/cal/team/", null, true, true),
                new DavMultiStatus.Entry("/cal/team/session-1.ics", "\"abc\"", false, false));
    }

    @Test
    void refusesWhatIsNotXmlAndEntitiesFromOutside() {
        assertThatThrownBy(() -> DavMultiStatus.parse("<html>Login</html", BASE))
                .isInstanceOf(CalendarServerException.class).hasMessageContaining("not valid WebDAV XML");
        String external = """
                <?xml version="1.0"?>
                <!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <D:multistatus xmlns:D="DAV:"><D:response><D:href>&x;</D:href></D:response></D:multistatus>
                """;
        assertThatThrownBy(() -> DavMultiStatus.parse(external, BASE)).isInstanceOf(CalendarServerException.class);
    }
}

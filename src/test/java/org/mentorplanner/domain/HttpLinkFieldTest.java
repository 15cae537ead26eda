package org.mentorplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one check for fields that hold an http(s) link: meeting URLs and the booking portal's base URL. */
class HttpLinkFieldTest {

    private static final HttpLinkField PORTAL = new HttpLinkField("Booking portal URL", "https://mentoring.example.org/book/");

    @ParameterizedTest
    @ValueSource(strings = {"https://mentoring.example.org/book/", "http://localhost:8080/s", "HTTPS://Book.Example.org",
            "https://user@book.example.org:8443/s?x=1#top", "https://[::1]:8443/book"})
    void acceptsFullHttpAndHttpsLinks(String link) {
        assertThat(PORTAL.problem(link)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://team_room.example.org/book", "https://user@team_room.example.org:8443/book",
            "http://my_portal/book"})
    void acceptsHostNamesWithUnderscores(String link) {
        assertThat(PORTAL.problem(link)).isNull();
    }

    @Test
    void ignoresSurroundingBlanks() {
        assertThat(PORTAL.problem("  \thttps://mentoring.example.org/book/ \n")).isNull();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void aMissingLinkSaysWhatToEnter(String link) {
        assertThat(PORTAL.problem(link))
                .isEqualTo("Booking portal URL is empty: it must be a full http(s) link, like https://mentoring.example.org/book/.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mentoring.example.org/book", "ftp://mentoring.example.org/book", "javascript:alert(1)",
            "mailto:ada@example.org", "file:///etc/passwd", "//mentoring.example.org/book"})
    void refusesLinksWithoutHttpOrHttps(String link) {
        assertThat(PORTAL.problem(link)).isEqualTo("Booking portal URL must be a full http(s) link, starting with "
                + "http:// or https://, like https://mentoring.example.org/book/.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https:///book", "https:book", "https://:8443/book", "https://user@/book"})
    void refusesLinksWithoutAHostName(String link) {
        assertThat(PORTAL.problem(link))
                .isEqualTo("Booking portal URL has no host name: it must be a full http(s) link, like https://mentoring.example.org/book/.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://mentoring example.org/book", "https://", "https://mentoring.example.org/<book>"})
    void aMalformedLinkSaysWhyAndHowToFixIt(String link) {
        assertThat(PORTAL.problem(link))
                .startsWith("Booking portal URL is not a valid link (")
                .endsWith("): it must be a full http(s) link, like https://mentoring.example.org/book/.");
    }

    @Test
    void theMessageNamesTheFieldAndItsExample() {
        HttpLinkField meeting = new HttpLinkField("Meeting URL", "https://meet.example.org/room");

        assertThat(meeting.problem("zoom.us/j/123"))
                .startsWith("Meeting URL must be a full http(s) link")
                .endsWith("like https://meet.example.org/room.");
    }
}

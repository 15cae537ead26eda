package org.mentorplanner.caldav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorplanner.service.CalendarAccount;
import org.mentorplanner.service.CalendarHome;
import org.mentorplanner.service.CalendarLogin;
import org.mentorplanner.service.CalendarServerException;
import org.mentorplanner.service.DiscoveredCalendar;

/** Discovery and MKCALENDAR against a real CalDAV server, from its address and a login only. */
class CalDavDiscoveryTest {

    @RegisterExtension
    static final RadicaleServer RADICALE = new RadicaleServer();

    private final CalDavClient client = new CalDavClient();
    private final CalDavDiscovery discovery = new CalDavDiscovery(client);
    private URI root;

    @BeforeEach
    void setUp() throws Exception {
        root = RADICALE.newCalendar().resolve("/");
    }

    private CalendarLogin login(URI server) {
        return new CalendarLogin(server, RadicaleServer.USER, RadicaleServer.PASSWORD, false);
    }

    @Test
    void fromTheServersRootDiscoveryFindsTheUsersHomeAndItsCalendars() throws Exception {
        URI team = RADICALE.newCalendar();

        CalendarHome home = discovery.discover(login(root));

        assertThat(home.principal()).isEqualTo(root.resolve("/" + RadicaleServer.USER + "/"));
        assertThat(home.home()).isEqualTo(root.resolve("/" + RadicaleServer.USER + "/"));
        assertThat(home.calendars()).extracting(DiscoveredCalendar::url).contains(team);
        assertThat(home.calendars()).allSatisfy(calendar -> assertThat(calendar.url().getPath()).endsWith("/"));
    }

    @Test
    void aServerAddressWithoutAPathOrWithThePrincipalsPathWorksToo() {
        URI bare = URI.create(root.toString().substring(0, root.toString().length() - 1));
        URI principal = root.resolve("/" + RadicaleServer.USER + "/");

        assertThat(discovery.discover(login(bare)).home()).isEqualTo(principal);
        assertThat(discovery.discover(login(principal)).home()).isEqualTo(principal);
    }

    @Test
    void createCalendarMakesAnEventCalendarNamedAsAskedThatSyncCanOpen() {
        DiscoveredCalendar created = discovery.createCalendar(login(root), "Mentoring – planning");

        assertThat(created.url()).isEqualTo(root.resolve("/" + RadicaleServer.USER + "/mentoring-planning/"));
        DiscoveredCalendar listed = discovery.discover(login(root)).calendars().stream()
                .filter(calendar -> calendar.url().equals(created.url())).findFirst().orElseThrow();
        assertThat(listed.displayName()).isEqualTo("Mentoring – planning");
        assertThat(listed.components()).containsExactly("VEVENT");
        assertThat(listed.holdsEvents()).isTrue();
        client.open(new CalendarAccount(created.url(), RadicaleServer.USER, RadicaleServer.PASSWORD)).verify();
    }

    @Test
    void createCalendarRefusesANameInUseAndGivesAnotherAddressForANameThatOnlyLooksAlike() {
        DiscoveredCalendar first = discovery.createCalendar(login(root), "Office hours");

        assertThatThrownBy(() -> discovery.createCalendar(login(root), "office hours"))
                .isInstanceOf(CalendarServerException.class)
                .hasMessageContaining("There is a calendar named \"Office hours\" already, at " + first.url());
        DiscoveredCalendar alike = discovery.createCalendar(login(root), "Office: hours!");
        assertThat(alike.url()).isEqualTo(root.resolve("/" + RadicaleServer.USER + "/office-hours-2/"));
    }

    @Test
    void aWrongPasswordIsReportedAsSuch() {
        CalendarLogin wrong = new CalendarLogin(root, RadicaleServer.USER, "not the password", false);

        assertThatThrownBy(() -> discovery.discover(wrong))
                .isInstanceOf(CalendarServerException.class)
                .hasMessage("The server " + DavTransport.origin(root) + " refused the login of alice: wrong user name or password.");
    }

    @Test
    void aServerThatIsDownIsReportedAsOutOfReach() throws Exception {
        URI down = URI.create("http://127.0.0.1:" + RadicaleServer.freePort() + "/");

        assertThatThrownBy(() -> discovery.discover(login(down)))
                .isInstanceOf(CalendarServerException.class)
                .hasMessageContaining("refused the connection");
    }

    @Test
    void thePasswordNeverGoesOverPlainHttpToAnotherComputer() {
        CalendarLogin remote = new CalendarLogin(URI.create("http://192.0.2.10/dav/"), "alice", "secret", false);

        assertThatThrownBy(() -> discovery.discover(remote))
                .isInstanceOf(CalendarServerException.class)
                .hasMessageContaining("Refused to send the password of alice to http://192.0.2.10 over plain http")
                .hasMessageContaining("https://")
                .hasMessageContaining("--allow-insecure-http");
    }

    @Test
    void calendarNamesBecomePlainAddresses() {
        assertThat(CalDavDiscovery.slug("Mentoring – planning")).isEqualTo("mentoring-planning");
        assertThat(CalDavDiscovery.slug("Büro Zürich")).isEqualTo("buro-zurich");
        assertThat(CalDavDiscovery.slug("../../etc")).isEqualTo("etc");
        assertThat(CalDavDiscovery.slug("日本")).isEqualTo("calendar");
    }
}

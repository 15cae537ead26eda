package org.mentorplanner.caldav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.mentorplanner.service.CalendarAccount;
import org.mentorplanner.service.CalendarServerException;

/** A password goes only over https, to this computer, or where the user allowed plain http. */
class PlainHttpGuardTest {

    @Test
    void httpsAndLoopbackAddressesMayCarryAPassword() {
        for (String url : new String[] {"https://dav.example.org/cal/", "http://localhost:5232/", "http://LOCALHOST/",
                "http://dav.localhost/", "http://127.0.0.1/", "http://127.8.9.10:8080/", "http://[::1]:5232/"}) {
            assertThatCode(() -> PlainHttpGuard.requireSafeForPassword(URI.create(url), "alice", false)).as(url).doesNotThrowAnyException();
        }
    }

    @Test
    void plainHttpToAnotherComputerIsRefusedUnlessAllowed() {
        for (String url : new String[] {"http://dav.example.org/", "http://192.168.1.20:5232/", "http://127.0.0.1.nip.io/",
                "http://localhost.example.org/", "http://[2001:db8::1]/"}) {
            assertThatThrownBy(() -> PlainHttpGuard.requireSafeForPassword(URI.create(url), "alice", false)).as(url)
                    .isInstanceOf(CalendarServerException.class)
                    .hasMessageContaining("Refused to send the password of alice")
                    .hasMessageContaining("unencrypted")
                    .hasMessageContaining("--allow-insecure-http");
            assertThatCode(() -> PlainHttpGuard.requireSafeForPassword(URI.create(url), "alice", true)).as(url).doesNotThrowAnyException();
        }
    }

    @Test
    void hostNamesAreNeverLookedUpToDecide() {
        assertThat(PlainHttpGuard.isLoopback("localhost")).isTrue();
        assertThat(PlainHttpGuard.isLoopback("my-laptop")).isFalse();
        assertThat(PlainHttpGuard.isLoopback(null)).isFalse();
    }

    @Test
    void theCollectionRefusesBeforeSendingAnythingAndAServerWithoutLoginIsNotConcerned() {
        CalDavClient client = new CalDavClient();
        URI remote = URI.create("http://192.0.2.10/cal/");

        assertThatThrownBy(() -> client.open(new CalendarAccount(remote, "alice", "secret")).verify())
                .isInstanceOf(CalendarServerException.class)
                .hasMessageStartingWith("Refused to send the password of alice to http://192.0.2.10 over plain http");
        assertThat(new CalendarAccount(remote, "alice", "secret", true).toString())
                .doesNotContain("secret").contains("insecure http allowed");
    }
}

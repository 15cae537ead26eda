package org.mentorplanner.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BookingTokensTest {

    @Test
    void tokensAreUrlSafeAndDoNotRepeat() {
        BookingTokens tokens = new BookingTokens();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String token = tokens.next();
            assertThat(token).hasSize(22).matches("[A-Za-z0-9_-]{22}");
            assertThat(seen.add(token)).as("token %s repeated", token).isTrue();
        }
    }
}

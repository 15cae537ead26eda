package org.mentorplanner.service;

import java.security.SecureRandom;
import java.util.Base64;

/** Booking tokens: 128 random bits from {@link SecureRandom}, URL-safe base64 without padding (22 characters). */
public final class BookingTokens {

    private static final int BYTES = 16;

    private final SecureRandom random = new SecureRandom();

    /** A new token; collisions are astronomically unlikely, and the store's unique index refuses one anyway. */
    public String next() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

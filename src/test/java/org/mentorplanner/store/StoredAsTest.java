package org.mentorplanner.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The digit-by-digit read of stored local date-times gives what {@link LocalDateTime#parse} gives. */
class StoredAsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-01T10:00", "2026-12-01T10:00:30", "2028-02-29T23:59:59", "0001-01-01T00:00",
            "9999-12-31T23:59", "2026-12-01T10:00:30.5", "2026-12-01T10:00:30.123456789", "+10000-01-01T00:00"})
    void readsWhatParseReads(String text) {
        assertEquals(LocalDateTime.parse(text), StoredAs.localDateTime(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T10:00", "2027-02-29T10:00", "2026-13-01T10:00", "2026-12-01T24:00", "2026-12-01T10:60",
            "2026-12-01T10:00:60", "2026-12-01 10:00", "2026-12-1T10:00", "2026-12-01T1a:00", "2026-12-01T10:00:", ""})
    void refusesWhatParseRefuses(String text) {
        assertThrows(DateTimeParseException.class, () -> LocalDateTime.parse(text));
        assertThrows(DateTimeParseException.class, () -> StoredAs.localDateTime(text));
    }
}

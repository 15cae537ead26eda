package org.mentorplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.fortuna.ical4j.util.Configurator;
import org.junit.jupiter.api.Test;

class IcsFoldingTest {

    @Test
    void foldsAt75OctetsWithoutSplittingACharacterAndUnfoldsToTheSameText() {
        String line = "DESCRIPTION:" + "é😀ש a".repeat(40);

        String folded = IcsFolding.fold(line + "\r\nEND:VEVENT\r\n");

        assertThat(folded.split("\r\n")).allSatisfy(part -> {
            assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1))).as("ends inside a character").isFalse();
            assertThat(part.startsWith(" ") && Character.isLowSurrogate(part.charAt(1))).as("starts inside a character").isFalse();
        });
        assertThat(folded.split("\r\n")).hasSizeGreaterThan(5);
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\nEND:VEVENT\r\n");
    }

    @Test
    void shortLinesStayAsTheyAre() {
        String text = "BEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\n";

        assertThat(IcsFolding.fold(text)).isEqualTo(text);
    }

    @Test
    void ical4jIsConfiguredNeverToFetchTimeZonesFromTheNetwork() {
        // Read from src/main/resources/ical4j.properties: VTIMEZONEs come from the zone data in ical4j's jar.
        assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled")).contains("false");
    }
}

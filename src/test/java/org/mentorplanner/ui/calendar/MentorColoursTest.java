package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Mentor colours: stable for life, and different for every mentor while there are enough. */
class MentorColoursTest {

    @Test
    void newMentorsNeverChangeTheColoursOfTheMentorsBefore() {
        Map<Long, String> before = MentorColours.assign(List.of(4L, 2L, 9L, 12L, 14L));
        Map<Long, String> after = MentorColours.assign(List.of(31L, 4L, 2L, 9L, 12L, 30L, 14L, 22L));

        before.forEach((id, style) -> assertThat(after.get(id)).as("mentor %d", id).isEqualTo(style));
    }

    @Test
    void upToTenMentorsAllGetDifferentColoursEvenWhenTheirIdsPointAtTheSameOne() {
        Map<Long, String> styles = MentorColours.assign(List.of(3L, 13L, 23L, 33L, 43L, 53L, 63L, 73L, 83L, 93L));

        assertThat(new HashSet<>(styles.values())).hasSize(MentorColours.COLOURS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void noTwoColoursOfThePaletteAreNearIdentical(String theme) throws IOException {
        Map<Integer, int[]> palette = new TreeMap<>();
        try (InputStream css = MentorColours.class.getResourceAsStream("/org/mentorplanner/ui/theme/" + theme + ".css")) {
            Matcher m = Pattern.compile("-mp-style(\\d+): #([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2});")
                               .matcher(new String(css.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                palette.put(Integer.parseInt(m.group(1)), new int[] {Integer.parseInt(m.group(2), 16),
                        Integer.parseInt(m.group(3), 16), Integer.parseInt(m.group(4), 16)});
            }
        }
        assertThat(palette).hasSize(MentorColours.COLOURS);
        palette.forEach((a, ca) -> palette.forEach((b, cb) -> {
            if (a < b) {
                double distance = Math.sqrt(Math.pow(ca[0] - cb[0], 2) + Math.pow(ca[1] - cb[1], 2) + Math.pow(ca[2] - cb[2], 2));
                // The indigo that sat 51 from the blue read as the same colour on the grid.
                assertThat(distance).as("%s style%d and style%d", theme, a, b).isGreaterThan(70);
            }
        }));
    }
}

package org.mentorplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.service.ExportFormat;
import org.mentorplanner.service.ExportRequest;
import org.mentorplanner.service.WorkProgress;

/**
 * A booking page writes its days and times in one convention, its reader's: every day heading
 * and every session's time carries the date or the instants and zone for the page's script,
 * which writes them all with the same Intl options in the browser's language.
 */
class HtmlBookingTimesTest {

    @TempDir
    Path folder;

    private ExportWorld world;

    @BeforeEach
    void setUp() {
        world = new ExportWorld(folder);
        world.publish(world.inPerson(world.ada, "2026-12-01T15:30", "Career chat"));
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    @Test
    void everyDayAndTimeCarriesWhatTheReadersBrowserNeedsToWriteIt() throws IOException {
        Path out = folder.resolve("site");
        world.exports.export(new ExportRequest(ExportFormat.HTML, out, "everyone", List.of(), null, null, false),
                WorkProgress.none());
        String page = Files.readString(out.resolve(HtmlExporter.pageOf(world.ada)));
        MentorshipSession session = world.exports.select(new ExportRequest(ExportFormat.HTML, out, "everyone", List.of(),
                null, null, false)).sessions().getFirst().session();

        assertThat(page).contains("<h2 data-date=\"2026-12-01\">");
        assertThat(page).contains("<span class=\"time\" data-zone=\"" + session.zone().getId() + "\" data-start=\""
                + session.startInstant() + "\" data-end=\"" + session.endInstant() + "\">15:30–");
        assertThat(page).as("one set of time options for the session's time and the reader's time")
                .contains("{hour: 'numeric', minute: '2-digit', timeZone: el.getAttribute('data-zone')}")
                .contains("new Intl.DateTimeFormat(undefined, {hour: 'numeric', minute: '2-digit'})")
                .doesNotContain("hour: '2-digit'");
    }
}

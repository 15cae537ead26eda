package org.mentorplanner.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.service.DescribedSession;
import org.mentorplanner.service.ExportFormat;
import org.mentorplanner.service.ExportRequest;
import org.mentorplanner.service.ExportResult;
import org.mentorplanner.service.ExportSelection;
import org.mentorplanner.service.WorkProgress;

class ExportServiceTest {

    @TempDir
    Path folder;

    private ExportWorld world;
    private ExportRequest request;

    @BeforeEach
    void setUp() {
        world = new ExportWorld(folder);
        request = ExportRequest.of(ExportFormat.CSV, folder.resolve("out"));
        world.publish(world.inPerson(world.ada, "2026-12-01T10:00", "Ada 1 Dec"));
        world.publish(world.inPerson(world.ada, "2026-12-10T10:00", "Ada 10 Dec"));
        world.publish(world.online(world.bob, "2026-12-05T10:00", "Bob 5 Dec"));
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    private List<String> titles(ExportRequest r) {
        return world.exports.select(r).sessions().stream().map(DescribedSession::session).map(s -> s.details().title()).toList();
    }

    @Test
    void selectsNamedMentorsWithinTheInclusiveDateRangeInStartOrder() {
        assertThat(titles(request)).containsExactly("Ada 1 Dec", "Bob 5 Dec", "Ada 10 Dec");
        assertThat(titles(request.withMentors(List.of("ADA@example.org")))).containsExactly("Ada 1 Dec", "Ada 10 Dec");
        assertThat(titles(request.between(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-05"))))
                .containsExactly("Ada 1 Dec", "Bob 5 Dec");
    }

    @Test
    void bookingPagesListOnlyOpenSlotsThatHaveNotStarted() {
        // The clock stands at 12:00 UTC on 1 November: 12:30 in Berlin has started, 14:00 has not.
        world.publish(world.inPerson(world.bob, "2026-11-01T12:30", "Started already"));
        world.publish(world.inPerson(world.bob, "2026-11-01T14:00", "Later today"));
        world.publish(world.inPerson(world.bob, "2026-11-01T16:00", "Booked").withMentee(world.noah.id()));

        ExportRequest html = new ExportRequest(ExportFormat.HTML, request.folder(), "everyone", List.of(), null, null, false);

        assertThat(titles(html)).containsExactly("Later today", "Ada 1 Dec", "Bob 5 Dec", "Ada 10 Dec");
        assertThat(titles(request)).contains("Started already", "Booked");
        assertThat(world.exports.export(html, WorkProgress.none()).sessions()).isEqualTo(4);
    }

    @Test
    void unknownAudienceMentorOrBadDatesAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> world.exports.select(request.withAudience("Chess club")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("No group named 'Chess club'").hasMessageContaining("Backend, Women in Tech");
        assertThatThrownBy(() -> world.exports.select(request.withAudience("nobody@example.org")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("No person with email nobody@example.org");
        assertThatThrownBy(() -> world.exports.select(request.withMentors(List.of("ghost@example.org"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("--mentor");
        assertThatThrownBy(() -> world.exports.select(request.withMentors(List.of("mia@example.org"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is not a mentor");
        assertThatThrownBy(() -> world.exports.select(request.between(LocalDate.parse("2026-12-05"), LocalDate.parse("2026-12-01"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ends (2026-12-01) before it starts (2026-12-05)");
        assertThatThrownBy(() -> ExportFormat.parse("pdf"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("use ics, html, csv or json");
    }

    @Test
    void audienceKeywordAndGroupNamesIgnoreCase() {
        ExportSelection everyone = world.exports.select(request.withAudience("EVERYONE"));
        ExportSelection group = world.exports.select(request.withAudience("women in tech"));

        assertThat(everyone.audience().label()).isEqualTo("everyone");
        assertThat(group.audience().label()).isEqualTo("group Women in Tech");
    }

    @Test
    void offersEveryoneEveryGroupAndEveryMenteeAsAudiences() {
        assertThat(world.exports.audienceChoices()).containsExactly("everyone", "Backend", "Women in Tech",
                "cleo@example.org", "mia@example.org", "noah@example.org");
        assertThat(world.exports.audienceChoices()).allSatisfy(choice -> world.exports.select(request.withAudience(choice)));
    }

    @Test
    void reportsProgressAndCounts() {
        List<String> steps = new ArrayList<>();
        ExportResult result = world.exports.export(request, (message, done, total) -> {
            assertThat(done).isBetween(0L, total);
            steps.add(message + " " + done + "/" + total);
        });

        assertThat(steps).contains("Rendering csv 3/3", "Writing files 1/1");
        assertThat(result).isEqualTo(new ExportResult(folder.resolve("out"), ExportFormat.CSV, "everyone", 3, 1, 1, 0, 0));
        assertThat(result.summary()).isEqualTo("Exported 3 sessions for everyone as csv: 1 file (1 written, 0 unchanged, 0 removed) in "
                + folder.resolve("out"));
    }

    @Test
    void switchingFormatInTheSameFolderRemovesTheOldFormatsFiles() throws Exception {
        world.exports.export(request.withMentors(List.of()), WorkProgress.none());
        ExportResult html = world.exports.export(new ExportRequest(ExportFormat.HTML, request.folder(), "everyone", List.of(),
                null, null, false), WorkProgress.none());

        assertThat(html.removed()).isEqualTo(1);
        assertThat(request.folder().resolve("booking-links.csv")).doesNotExist();
        assertThat(request.folder().resolve("index.html")).exists();
    }

    @Test
    void htmlReExportRemovesThePageOfAMentorWithNoOpenSessionsLeft() {
        world.exports.export(new ExportRequest(ExportFormat.HTML, request.folder(), "everyone", List.of(), null, null, false),
                WorkProgress.none());
        Path bobPage = request.folder().resolve(HtmlExporter.pageOf(world.bob));
        assertThat(bobPage).exists();
        long bobSession = world.exports.select(request.withMentors(List.of("bob@example.org"))).sessions().getFirst().id();
        world.sessions.cancel(Actor.owner(), bobSession);

        ExportResult again = world.exports.export(new ExportRequest(ExportFormat.HTML, request.folder(), "everyone", List.of(),
                null, null, false), WorkProgress.none());

        assertThat(again.removed()).isEqualTo(1);
        assertThat(bobPage).doesNotExist();
        assertThat(request.folder().resolve(HtmlExporter.pageOf(world.ada))).exists();
    }
}

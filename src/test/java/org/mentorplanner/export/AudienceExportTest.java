package org.mentorplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.service.ExportFormat;
import org.mentorplanner.service.ExportRequest;
import org.mentorplanner.service.WorkProgress;

/**
 * A restricted session never appears in an export for an audience that may not see it, in any
 * format: neither its title nor its booking token. And what the audience may see is there.
 */
class AudienceExportTest {

    @TempDir
    Path folder;

    private ExportWorld world;
    private Map<String, MentorshipSession> byTitle;

    @BeforeEach
    void setUp() {
        world = new ExportWorld(folder);
        var ada = world.ada;
        var bob = world.bob;
        byTitle = new HashMap<>();
        keep(world.publish(world.inPerson(ada, "2026-12-01T10:00", "OPEN-FOR-ALL")));
        keep(world.publish(ExportWorld.restrictedTo(world.online(ada, "2026-12-02T09:00", "ONLY-WOMEN-IN-TECH"), world.womenInTech)));
        keep(world.publish(ExportWorld.restrictedTo(world.inPerson(bob, "2026-12-03T10:00", "ONLY-BACKEND"), world.backend)));
        keep(world.publish(world.inPerson(bob, "2026-12-04T10:00", "BOOKED-BY-NOAH").withMentee(world.noah.id())));
        keep(world.publish(ExportWorld.restrictedTo(world.inPerson(ada, "2026-12-05T10:00", "MIA-OWN-BOOKING"), world.backend)
                                      .withMentee(world.mia.id())));
        keep(world.draft(world.inPerson(ada, "2026-12-06T10:00", "DRAFT-NEVER")));
        MentorshipSession cancelled = world.publish(world.inPerson(bob, "2026-12-07T10:00", "CANCELLED-SLOT"));
        keep(world.sessions.cancel(Actor.owner(), cancelled.id()));
        keep(world.publish(world.inPerson(ada, "2026-10-01T10:00", "IN-THE-PAST")));
    }

    private void keep(MentorshipSession session) {
        byTitle.put(session.details().title(), session);
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        Map<String, Set<String>> visible = Map.of(
                "everyone", Set.of("OPEN-FOR-ALL", "BOOKED-BY-NOAH", "CANCELLED-SLOT"),
                "Women in Tech", Set.of("OPEN-FOR-ALL", "ONLY-WOMEN-IN-TECH", "BOOKED-BY-NOAH", "CANCELLED-SLOT"),
                "Backend", Set.of("OPEN-FOR-ALL", "ONLY-BACKEND", "BOOKED-BY-NOAH", "MIA-OWN-BOOKING", "CANCELLED-SLOT"),
                "mia@example.org", Set.of("OPEN-FOR-ALL", "ONLY-WOMEN-IN-TECH", "MIA-OWN-BOOKING", "CANCELLED-SLOT"),
                "noah@example.org", Set.of("OPEN-FOR-ALL", "BOOKED-BY-NOAH", "CANCELLED-SLOT"));
        for (ExportFormat format : ExportFormat.values()) {
            visible.forEach((audience, titles) -> cases.add(Arguments.of(format, audience, titles)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("cases")
    void exportShowsExactlyWhatTheAudienceMaySee(ExportFormat format, String audience, Set<String> visible) throws Exception {
        Path out = folder.resolve("out");
        world.exports.export(ExportRequest.of(format, out).withAudience(audience), WorkProgress.none());
        String text = ExportWorld.allText(out);

        for (MentorshipSession session : byTitle.values()) {
            String title = session.details().title();
            boolean expected = visible.contains(title) && shownIn(format, session);
            if (expected) {
                assertThat(text).as("%s should be in the %s export for %s", title, format, audience).contains(title);
            } else {
                assertThat(text).as("%s must not be in the %s export for %s", title, format, audience).doesNotContain(title);
                if (session.bookingToken() != null) {
                    assertThat(text).doesNotContain(session.bookingToken());
                }
            }
        }
    }

    static Stream<Arguments> privacyCases() {
        List<Arguments> cases = new ArrayList<>();
        for (ExportFormat format : List.of(ExportFormat.ICS, ExportFormat.CSV, ExportFormat.JSON)) {
            cases.add(Arguments.of(format, "everyone", false));
            cases.add(Arguments.of(format, "Women in Tech", false));
            cases.add(Arguments.of(format, "noah@example.org", true));
            cases.add(Arguments.of(format, "bob@example.org", true));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("privacyCases")
    void aBookedSessionNamesItsMenteeOnlyInTheMenteesAndTheMentorsOwnExport(ExportFormat format, String audience,
                                                                             boolean named) throws Exception {
        Path out = folder.resolve("out");
        world.exports.export(ExportRequest.of(format, out).withAudience(audience), WorkProgress.none());
        String text = ExportWorld.allText(out).replace("\r\n ", ""); // ICS lines unfolded

        assertThat(text).as("the booked session is listed").contains("BOOKED-BY-NOAH");
        if (named) {
            assertThat(text).contains("Noah Levi").contains("noah@example.org");
        } else {
            assertThat(text).as("shown as booked, without the mentee").doesNotContain("Noah Levi").doesNotContain("noah@example.org");
        }
        if (format != ExportFormat.ICS) {
            assertThat(text).contains("booked");
        }
    }

    /** Formats differ in status, not in audience: ICS also tells subscribers about cancellations, HTML lists only open slots. */
    private static boolean shownIn(ExportFormat format, MentorshipSession session) {
        if (session.details().title().equals("IN-THE-PAST") || session.isDraft()) {
            return false;
        }
        return switch (format) {
            case ICS -> true;
            case CSV, JSON -> session.isPublished();
            case HTML -> session.isPublished() && !session.isBooked();
        };
    }
}

package org.mentorplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorplanner.service.ExportFormat;
import org.mentorplanner.service.ExportRequest;
import org.mentorplanner.time.PinnedMoment;

/**
 * "Today" and "not started yet" in the exports come from the workspace's clock and its zone, at
 * each pinned moment: the default range starts at the beginning of today in the clock's zone, and
 * booking pages leave out what has started.
 */
@ParameterizedClass
@MethodSource("org.mentorplanner.time.PinnedMoment#all")
class ExportAtPinnedMomentsTest {

    @Parameter
    PinnedMoment moment;

    @TempDir
    Path folder;

    private ExportWorld world;

    @BeforeEach
    void setUp() {
        world = new ExportWorld(folder, moment.clock());
        // Over before today began (a session that runs into today counts as today's).
        world.publish(world.inPerson(world.ada, inBerlin(moment.at().minusDays(1).minusHours(1)), "Yesterday"));
        world.publish(world.inPerson(world.ada, inBerlin(moment.at().minusMinutes(2)), "Just started"));
        world.publish(world.inPerson(world.ada, inBerlin(moment.at().plusHours(1)), "In an hour"));
        world.publish(world.inPerson(world.ada, inBerlin(moment.at().plusDays(8)), "Next week"));
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    @Test
    void theDefaultRangeStartsAtTheBeginningOfTodayInTheClocksZone() {
        ExportRequest csv = ExportRequest.of(ExportFormat.CSV, folder.resolve("csv"));

        assertThat(titles(csv)).containsExactly("Just started", "In an hour", "Next week");
    }

    @Test
    void bookingPagesLeaveOutWhatHasStartedAlready() {
        ExportRequest html = ExportRequest.of(ExportFormat.HTML, folder.resolve("site"));

        assertThat(titles(html)).containsExactly("In an hour", "Next week");
    }

    @Test
    void aRangeOfTodayAloneHoldsTodaysSessionsInTheClocksZone() {
        ExportRequest today = ExportRequest.of(ExportFormat.JSON, folder.resolve("json"))
                                           .between(moment.today(), moment.today());

        List<String> titles = titles(today);
        assertThat(titles).contains("Just started").doesNotContain("Yesterday", "Next week");
        // "In an hour" is today unless the hour runs past midnight.
        boolean inAnHourIsToday = moment.at().plus(Duration.ofHours(1)).toLocalDate().equals(moment.today());
        assertThat(titles.contains("In an hour")).isEqualTo(inAnHourIsToday);
    }

    private List<String> titles(ExportRequest request) {
        return world.exports.select(request).sessions().stream().map(s -> s.session().details().title()).toList();
    }

    /** The Berlin office's wall-clock time at {@code moment}. */
    private String inBerlin(ZonedDateTime at) {
        LocalDateTime local = at.withZoneSameInstant(world.berlin.zone()).toLocalDateTime().withSecond(0).withNano(0);
        return local.toString();
    }
}

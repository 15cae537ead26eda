package org.mentorplanner.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.service.port.SessionQuery;
import org.mentorplanner.time.PinnedMoment;

/**
 * The sample organisation ("Add the sample organisation", {@code mentor-planner demo}) fills the
 * week of today and the next, today taken from the workspace's clock in its zone, at each pinned
 * moment; the planner's first week then has sessions to show.
 */
@ParameterizedClass
@MethodSource("org.mentorplanner.time.PinnedMoment#all")
class SampleOrganisationAtPinnedMomentsTest {

    @Parameter
    PinnedMoment moment;

    @TempDir
    Path folder;

    @Test
    void sampleSessionsFillThisWeekAndTheNextOfTheClocksToday() {
        try (GuiceWorkspace workspace = GuiceWorkspace.open(folder.resolve("planner.db"), moment.clock())) {
            DemoDataService.Summary summary = workspace.service(DemoDataService.class).fill();
            List<MentorshipSession> sessions = workspace.service(SessionService.class).list(SessionQuery.all());

            LocalDate monday = moment.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            assertThat(sessions).hasSize(summary.sessions());
            assertThat(sessions).allSatisfy(s -> assertThat(s.details().localStart().toLocalDate())
                    .as("%s at its location", s.details().title()).isBetween(monday, monday.plusDays(13)));
            Instant weekStart = monday.atStartOfDay(moment.zone()).toInstant();
            Instant weekEnd = monday.plusWeeks(1).atStartOfDay(moment.zone()).toInstant();
            assertThat(sessions).as("this week, as the planner's grid counts it in the clock's zone")
                    .filteredOn(s -> !s.startInstant().isBefore(weekStart) && s.startInstant().isBefore(weekEnd))
                    .hasSizeGreaterThan(summary.sessions() / 3);
        }
    }
}

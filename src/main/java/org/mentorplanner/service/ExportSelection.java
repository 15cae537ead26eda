package org.mentorplanner.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.mentorplanner.domain.Audience;
import org.mentorplanner.domain.Person;

/**
 * The sessions one export shows, already filtered by audience, mentors, dates and status, and
 * resolved for display. Renderers turn it into files and decide nothing about visibility.
 *
 * @param audience    who the export is for
 * @param mentors     the mentors asked for (every mentor when none was named), ordered by name
 * @param sessions    the visible sessions, ordered by start, then id
 * @param from        first day exported
 * @param to          last day exported, or {@code null} for no end
 * @param generatedAt when the export ran: "upcoming" is measured from here
 * @param perMentor   ICS only: one calendar per mentor instead of one for the audience
 */
public record ExportSelection(Audience audience, List<Person> mentors, List<DescribedSession> sessions,
                              LocalDate from, LocalDate to, Instant generatedAt, boolean perMentor) {

    public ExportSelection {
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(generatedAt, "generatedAt");
        mentors = List.copyOf(mentors);
        sessions = List.copyOf(sessions);
    }
}

package org.mentorplanner.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What to export and where.
 *
 * @param format       the file format
 * @param folder       the target folder; created if missing, and an earlier export there is updated
 * @param audience     {@code everyone}, a group name or a mentee's email; blank means everyone
 * @param mentorEmails only these mentors' sessions; empty means every mentor
 * @param from         first day to export (in the workspace clock's zone), or {@code null} for today
 * @param to           last day to export, inclusive, or {@code null} for no end
 * @param icsPerMentor ICS only: one calendar file per mentor instead of one for the whole audience
 */
public record ExportRequest(ExportFormat format, Path folder, String audience, List<String> mentorEmails,
                            LocalDate from, LocalDate to, boolean icsPerMentor) {

    /** The audience keyword for the whole organisation. */
    public static final String EVERYONE = "everyone";

    public ExportRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(folder, "folder");
        audience = audience == null || audience.isBlank() ? EVERYONE : audience.strip();
        mentorEmails = mentorEmails == null ? List.of() : List.copyOf(mentorEmails);
    }

    /** An export for everyone of every mentor's sessions from today on. */
    public static ExportRequest of(ExportFormat format, Path folder) {
        return new ExportRequest(format, folder, EVERYONE, List.of(), null, null, false);
    }

    public ExportRequest withAudience(String newAudience) {
        return new ExportRequest(format, folder, newAudience, mentorEmails, from, to, icsPerMentor);
    }

    public ExportRequest withMentors(List<String> emails) {
        return new ExportRequest(format, folder, audience, emails, from, to, icsPerMentor);
    }

    public ExportRequest between(LocalDate newFrom, LocalDate newTo) {
        return new ExportRequest(format, folder, audience, mentorEmails, newFrom, newTo, icsPerMentor);
    }

    public ExportRequest withIcsPerMentor(boolean perMentor) {
        return new ExportRequest(format, folder, audience, mentorEmails, from, to, perMentor);
    }
}

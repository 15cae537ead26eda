package org.mentorplanner.service;

import java.nio.file.Path;

/**
 * What an export did, for the summary line and the dialog's "open folder" link.
 *
 * @param folder    the folder written to
 * @param format    the format written
 * @param audience  who the export is for, in words
 * @param sessions  sessions exported
 * @param files     files the export consists of
 * @param written   files created or changed
 * @param unchanged files already up to date
 * @param removed   files of an earlier export that are no longer part of it
 */
public record ExportResult(Path folder, ExportFormat format, String audience, int sessions, int files,
                           int written, int unchanged, int removed) {

    /** "Exported 12 sessions for everyone as ics: 1 file (1 written, 0 unchanged, 0 removed) in /tmp/out". */
    public String summary() {
        return "Exported " + sessions + (sessions == 1 ? " session" : " sessions") + " for " + audience
                + " as " + format.label() + ": " + files + (files == 1 ? " file" : " files")
                + " (" + written + " written, " + unchanged + " unchanged, " + removed + " removed) in " + folder;
    }
}

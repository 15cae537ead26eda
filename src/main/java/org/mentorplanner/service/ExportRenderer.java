package org.mentorplanner.service;

import java.util.List;

/**
 * Turns a selection into the files of one format. Implemented by the {@code export} package
 * (ICS, HTML, CSV, JSON) and bound in the app's wiring, so the service layer does not depend
 * on the exporters.
 */
public interface ExportRenderer {

    /** The files of {@code selection} in {@code format}; {@code progress} counts sessions rendered. */
    List<ExportFile> render(ExportFormat format, ExportSelection selection, WorkProgress progress);
}

package org.mentorplanner.export;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mentorplanner.domain.Person;
import org.mentorplanner.service.DescribedSession;
import org.mentorplanner.service.ExportFile;
import org.mentorplanner.service.ExportFormat;
import org.mentorplanner.service.ExportRenderer;
import org.mentorplanner.service.ExportSelection;
import org.mentorplanner.service.WorkProgress;

/**
 * The exporters of every format behind the service's {@link ExportRenderer} port. File names:
 * ICS {@code booking-links.ics}, or {@code <mentor>-<id>.ics} per mentor; HTML {@code index.html},
 * {@code style.css} and {@code <mentor>-<id>.html}; CSV {@code booking-links.csv}; JSON
 * {@code booking-links.json}.
 */
@Singleton
public class BookingExporters implements ExportRenderer {

    /** Base name of the single-file exports. */
    public static final String BASE_NAME = "booking-links";

    private final IcsExporter ics = new IcsExporter();
    private final HtmlExporter html = new HtmlExporter();
    private final CsvExporter csv = new CsvExporter();
    private final JsonExporter json = new JsonExporter();

    @Override
    public List<ExportFile> render(ExportFormat format, ExportSelection selection, WorkProgress progress) {
        int total = selection.sessions().size();
        progress.update("Rendering " + format.label(), 0, total);
        List<ExportFile> files = switch (format) {
            case ICS -> ics(selection);
            case HTML -> html.write(selection);
            case CSV -> List.of(ExportFile.text(BASE_NAME + ".csv", csv.write(selection.sessions())));
            case JSON -> List.of(ExportFile.text(BASE_NAME + ".json", json.write(selection)));
        };
        progress.update("Rendering " + format.label(), total, total);
        return files;
    }

    private List<ExportFile> ics(ExportSelection selection) {
        String audience = selection.audience().label();
        if (!selection.perMentor()) {
            return List.of(ExportFile.text(BASE_NAME + ".ics",
                    ics.calendar("Mentorship sessions for " + audience, selection.sessions())));
        }
        Map<Person, List<DescribedSession>> byMentor = SessionText.byMentor(selection.sessions());
        List<ExportFile> files = new ArrayList<>(byMentor.size());
        byMentor.forEach((mentor, sessions) -> files.add(ExportFile.text(FileNames.of(mentor) + ".ics",
                ics.calendar("Mentorship sessions with " + mentor.name() + " for " + audience, sessions))));
        return files;
    }
}

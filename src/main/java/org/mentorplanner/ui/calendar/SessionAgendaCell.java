package org.mentorplanner.ui.calendar;

import com.calendarfx.model.Entry;
import com.calendarfx.view.AgendaView;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Label;
import org.mentorplanner.service.format.DisplayFormats;

/**
 * A day of the agenda page whose rows tell a session's state like the grids do: a draft's or
 * cancelled session's title says so, and carries the same style class as its block
 * ({@code planner.css} greys drafts and strikes cancelled ones through). CalendarFX's own cell
 * shows every entry alike.
 */
final class SessionAgendaCell extends AgendaView.AgendaEntryCell {

    SessionAgendaCell(AgendaView view, DisplayFormats formats) {
        super(view);
        // The day's header and its rows in the window's one convention (ADR 30).
        setWeekdayFormatter(DateTimeFormatter.ofPattern("EEEE", formats.locale()));
        setMediumDateFormatter(formats.dayMonthYearFormatter());
        setShortDateFormatter(formats.dayMonthYearFormatter());
        setTimeFormatter(formats.timeFormatter());
    }

    @Override
    protected Label createEntryTitleLabel(Entry<?> entry) {
        Label title = super.createEntryTitleLabel(entry);
        if (entry.getStyleClass().contains(SessionEntries.DRAFT)) {
            title.setText(title.getText() + "  (draft)");
        } else if (entry.getStyleClass().contains(SessionEntries.CANCELLED)) {
            title.setText(title.getText() + "  (cancelled)");
        }
        entry.getStyleClass().stream().filter(SessionEntries::isStateClass).forEach(title.getStyleClass()::add);
        return title;
    }
}

package org.mentorplanner.ui.settings;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.mentorplanner.domain.WorkingHours;
import org.mentorplanner.service.format.DisplayFormats;
import org.mentorplanner.ui.DisplayConverter;

/**
 * The working hours in Settings: one row per weekday, in the order the user's week runs, with a
 * check box (a working day or not) and its start and end in half hours. Every change is handed
 * on at once; an end not after the start is not offered.
 */
final class WorkingHoursFields {

    final GridPane grid = new GridPane();
    private final Map<DayOfWeek, CheckBox> working = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, ComboBox<LocalTime>> starts = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, ComboBox<LocalTime>> ends = new EnumMap<>(DayOfWeek.class);
    private boolean filling;

    WorkingHoursFields(DisplayFormats formats, WorkingHours hours, Consumer<WorkingHours> changed) {
        grid.setHgap(8);
        grid.setVgap(4);
        grid.setId("workingHours");
        List<LocalTime> halfHours = new ArrayList<>();
        for (int minutes = 0; minutes < 24 * 60; minutes += 30) {
            halfHours.add(LocalTime.MIN.plusMinutes(minutes));
        }
        DayOfWeek day = formats.firstDayOfWeek();
        for (int row = 0; row < 7; row++, day = day.plus(1)) {
            String name = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            CheckBox box = new CheckBox(name);
            box.setId("works" + day.name().charAt(0) + day.name().substring(1).toLowerCase(Locale.ROOT));
            ComboBox<LocalTime> start = new ComboBox<>();
            ComboBox<LocalTime> end = new ComboBox<>();
            start.getItems().setAll(halfHours);
            end.getItems().setAll(halfHours.subList(1, halfHours.size()));
            end.getItems().add(LocalTime.MAX);
            for (ComboBox<LocalTime> field : List.of(start, end)) {
                field.setConverter(DisplayConverter.of(time -> time.equals(LocalTime.MAX) ? "24:00" : formats.time(time)));
                field.setPrefWidth(120);
                field.disableProperty().bind(box.selectedProperty().not());
            }
            start.setAccessibleText(name + " from");
            end.setAccessibleText(name + " to");
            working.put(day, box);
            starts.put(day, start);
            ends.put(day, end);
            grid.addRow(row, box, start, new Label("to"), end);
            Runnable handOn = () -> {
                if (!filling) {
                    changed.accept(hours());
                }
            };
            box.selectedProperty().addListener(o -> handOn.run());
            start.valueProperty().addListener(o -> handOn.run());
            end.valueProperty().addListener(o -> handOn.run());
        }
        show(hours);
    }

    /** Fills the rows from {@code hours}. */
    void show(WorkingHours hours) {
        filling = true;
        for (DayOfWeek day : DayOfWeek.values()) {
            Optional<WorkingHours.Day> on = hours.on(day);
            working.get(day).setSelected(on.isPresent());
            starts.get(day).setValue(on.map(WorkingHours.Day::start).orElse(LocalTime.of(8, 0)));
            ends.get(day).setValue(on.map(WorkingHours.Day::end).orElse(LocalTime.of(18, 0)));
        }
        filling = false;
    }

    /** The hours the rows say; a day whose end is not after its start keeps no hours. */
    WorkingHours hours() {
        Map<DayOfWeek, WorkingHours.Day> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            LocalTime start = starts.get(day).getValue();
            LocalTime end = ends.get(day).getValue();
            if (working.get(day).isSelected() && start != null && end != null && start.isBefore(end)) {
                days.put(day, new WorkingHours.Day(start, end));
            }
        }
        return WorkingHours.of(days);
    }

    /** Whether a working day's end is not after its start. */
    boolean hasProblem() {
        for (DayOfWeek day : DayOfWeek.values()) {
            LocalTime start = starts.get(day).getValue();
            LocalTime end = ends.get(day).getValue();
            if (working.get(day).isSelected() && (start == null || end == null || !start.isBefore(end))) {
                return true;
            }
        }
        return false;
    }
}

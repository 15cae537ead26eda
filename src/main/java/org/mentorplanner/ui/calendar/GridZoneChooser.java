package org.mentorplanner.ui.calendar;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.mentorplanner.domain.Location;
import org.mentorplanner.ui.DisplayConverter;

/**
 * The toolbar's "Times in [zone]": says which time zone the grid shows its times in and lets
 * the user pick another, from this computer's zone and the zones of the locations. A dragged
 * block's time is a time in this zone; the editor repeats it as "your time".
 */
final class GridZoneChooser {

    private final ZoneId computerZone;
    final ComboBox<ZoneId> zones = new ComboBox<>();
    final HBox node;
    private boolean quiet;

    GridZoneChooser(ZoneId computerZone) {
        this.computerZone = computerZone;
        zones.setId("gridZone");
        zones.setConverter(DisplayConverter.of(this::describe));
        zones.setTooltip(new Tooltip("The time zone the grid shows times in; a session keeps the time at its location"));
        zones.setAccessibleText("Time zone the grid shows its times in");
        zones.getItems().setAll(computerZone);
        zones.setValue(computerZone);
        Label label = new Label("Times in");
        label.getStyleClass().add("zone-label");
        node = new HBox(6, label, zones);
        node.setAlignment(Pos.CENTER_LEFT);
    }

    /** Offers this computer's zone and each location's zone, keeping {@code shown} chosen. */
    void offer(Collection<Location> locations, ZoneId shown) {
        Set<ZoneId> choices = new LinkedHashSet<>();
        choices.add(computerZone);
        choices.add(shown);
        locations.stream().map(Location::zone).sorted(Comparator.comparing(ZoneId::getId)).forEach(choices::add);
        quietly(() -> {
            zones.getItems().setAll(List.copyOf(choices));
            zones.setValue(shown);
        });
    }

    /** Runs {@code chosen} when the user picks a zone (not when the planner sets one). */
    void setOnChosen(Consumer<ZoneId> chosen) {
        zones.valueProperty().addListener((obs, old, now) -> {
            if (!quiet && now != null && !now.equals(old)) {
                chosen.accept(now);
            }
        });
    }

    private void quietly(Runnable change) {
        quiet = true;
        try {
            change.run();
        } finally {
            quiet = false;
        }
    }

    private String describe(ZoneId zone) {
        return zone.equals(computerZone) ? zone.getId() + " (this computer)" : zone.getId();
    }
}

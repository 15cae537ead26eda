package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mentorplanner.service.format.DisplayFormats;
import org.mentorplanner.ui.FxThread;
import org.testfx.api.FxToolkit;

/** Every item of the planner's menus answers a letter: the app menu and the narrow window's page menu. */
class MenuMnemonicsTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void everyItemOfTheAppMenuAndThePageMenuHasAMnemonic() {
        List<String> without = FxThread.call(() -> {
            PlannerView view = new PlannerView(new Label(), ZoneId.of("UTC"), DisplayFormats.of(Locale.UK));
            return Stream.concat(view.appMenu.getItems().stream(), view.pageMenu.getItems().stream())
                    .filter(item -> !(item instanceof SeparatorMenuItem))
                    .filter(item -> !item.isMnemonicParsing() || item.getText() == null || !item.getText().contains("_"))
                    .map(MenuItem::getText).toList();
        });

        assertThat(without).as("menu items without a mnemonic").isEmpty();
    }
}

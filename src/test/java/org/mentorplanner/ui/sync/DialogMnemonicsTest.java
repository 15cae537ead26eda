package org.mentorplanner.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mentorplanner.ui.FxThread;
import org.testfx.api.FxToolkit;

/** Every button of the sync dialogs answers Alt and a letter: its text has a mnemonic. */
class DialogMnemonicsTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void everyButtonOfTheSyncAndCalendarFinderDialogsHasAMnemonic() {
        List<String> without = FxThread.call(() -> {
            List<Parent> roots = List.of(new SyncView().root, new CalendarFinderView().root);
            // Button bars place their buttons once skinned: give each root a scene and its CSS.
            roots.forEach(root -> {
                new Scene(root);
                root.applyCss();
            });
            return roots.stream().flatMap(root -> root.lookupAll(".button").stream())
                        .filter(Button.class::isInstance).map(Button.class::cast)
                        .filter(button -> button.getText() != null && !button.getText().isBlank())
                        .filter(button -> !button.isMnemonicParsing() || !button.getText().contains("_"))
                        .map(Button::getText).toList();
        });

        assertThat(without).as("buttons without a mnemonic").isEmpty();
    }
}

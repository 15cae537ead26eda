package org.mentorplanner.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Text in our stylesheets can be read in both themes: every text colour against its background
 * has a WCAG AA contrast of at least 4.5:1, computed from the stylesheets themselves (our
 * palettes over AtlantaFX's Primer colours). A text's background is its rule's own, else the
 * one its {@code on:} comment names, else that of the rule its selector sits in (".form-dialog"
 * for ".form-dialog .hint"), else the page's.
 */
class ThemeContrastTest {

    private static final double AA = 4.5;
    private static final Set<String> TEXT_COLOURS = Set.of("-fx-text-fill", "-fx-fill");
    private static final Set<String> COLOUR_PROPERTIES = Set.of("-fx-text-fill", "-fx-fill", "-fx-background-color",
            "-fx-border-color", "-fx-stroke", "-fx-base");

    @ParameterizedTest
    @EnumSource(Appearance.class)
    void everyTextColourHasAaContrastOnItsBackground(Appearance appearance) {
        Map<String, String> colours = ThemeStylesheets.variables(appearance);
        Color page = ThemeStylesheets.resolve("-mp-bg", colours);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Path file : ThemeStylesheets.componentStylesheets()) {
            List<ThemeStylesheets.Rule> rules = ThemeStylesheets.rules(file);
            for (ThemeStylesheets.Rule rule : rules) {
                Optional<String> text = textColour(rule);
                if (text.isEmpty() || rule.selectors().stream().allMatch(s -> s.contains(":disabled"))) {
                    continue;
                }
                String background = background(rule, rules).orElse("-mp-bg");
                Color behind = ThemeStylesheets.over(ThemeStylesheets.resolve(background, colours), page, 1);
                double opacity = Double.parseDouble(rule.declarations().getOrDefault("-fx-opacity", "1"));
                Color fore = ThemeStylesheets.over(ThemeStylesheets.resolve(text.get(), colours), behind, opacity);
                double ratio = ThemeStylesheets.contrast(fore, behind);
                checked++;
                if (ratio < AA) {
                    failures.add(String.format("%s %s: %s on %s is %.2f:1", file.getFileName(), rule.selectors().getFirst(),
                            text.get(), background, ratio));
                }
            }
        }
        assertThat(checked).as("text colours checked").isGreaterThan(60);
        assertThat(failures).as(appearance + " texts below 4.5:1").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Appearance.class)
    void everyMentorColourPairIsReadableUnselectedAndSelected(Appearance appearance) {
        Map<String, String> colours = ThemeStylesheets.variables(appearance);
        for (int i = 1; i <= 10; i++) {
            Color fill = ThemeStylesheets.resolve("-mp-block" + i + "-bg", colours);
            Color selected = ThemeStylesheets.resolve("-mp-block" + i + "-selected-bg", colours);
            assertThat(ThemeStylesheets.contrast(ThemeStylesheets.resolve("-mp-block" + i + "-text", colours), fill))
                    .as("mentor colour %d in %s", i, appearance).isGreaterThanOrEqualTo(AA);
            assertThat(ThemeStylesheets.contrast(ThemeStylesheets.resolve("-mp-block-selected-text", colours), selected))
                    .as("selected mentor colour %d in %s", i, appearance).isGreaterThanOrEqualTo(AA);
        }
    }

    @Test
    void ourStylesheetsTakeEveryColourFromTheTheme() {
        List<String> literals = new ArrayList<>();
        for (Path file : ThemeStylesheets.componentStylesheets()) {
            for (ThemeStylesheets.Rule rule : ThemeStylesheets.rules(file)) {
                rule.declarations().forEach((property, value) -> {
                    if (COLOUR_PROPERTIES.contains(property)) {
                        for (String token : value.split("[\\s,]+")) {
                            if (!token.isEmpty() && !token.startsWith("-") && !token.equals("transparent")) {
                                literals.add(file.getFileName() + " " + rule.selectors().getFirst() + " " + property + ": " + value);
                            }
                        }
                    }
                });
            }
        }
        assertThat(literals).as("colours written out instead of named in the palette").isEmpty();
    }

    @Test
    void bothPalettesNameTheSameColours() {
        assertThat(paletteNames(Appearance.DARK)).isEqualTo(paletteNames(Appearance.LIGHT));
    }

    private static Set<String> paletteNames(Appearance appearance) {
        return ThemeStylesheets.variables(appearance).keySet().stream().filter(k -> k.startsWith("-mp-"))
                .collect(Collectors.toSet());
    }

    private static Optional<String> textColour(ThemeStylesheets.Rule rule) {
        for (String property : TEXT_COLOURS) {
            String value = rule.declarations().get(property);
            // -fx-fill is a text colour on Text nodes only (elsewhere it fills a shape).
            if (value != null && (property.equals("-fx-text-fill") || rule.selectors().getFirst().endsWith(".text"))) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> background(ThemeStylesheets.Rule rule, List<ThemeStylesheets.Rule> rules) {
        String own = rule.declarations().get("-fx-background-color");
        if (own != null && !own.equals("transparent")) {
            return Optional.of(own);
        }
        if (rule.on().isPresent()) {
            return rule.on();
        }
        String selector = rule.selectors().getFirst();
        ThemeStylesheets.Rule best = null;
        int bestLength = 0;
        for (ThemeStylesheets.Rule other : rules) {
            String bg = other.declarations().get("-fx-background-color");
            if (other == rule || bg == null || bg.equals("transparent")) {
                continue;
            }
            for (String candidate : other.selectors()) {
                if (selector.startsWith(candidate + " ") && candidate.length() > bestLength) {
                    best = other;
                    bestLength = candidate.length();
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.declarations().get("-fx-background-color"));
    }
}

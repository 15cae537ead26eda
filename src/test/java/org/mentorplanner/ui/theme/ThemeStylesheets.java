package org.mentorplanner.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.paint.Color;

/**
 * Reads our stylesheets as the contrast test needs them: rules with their declarations, the
 * {@code on:} comment that names a text's background when the rule itself has none, and the
 * colours a theme gives the looked-up names (AtlantaFX's {@code -color-*} and our {@code -mp-*}).
 */
final class ThemeStylesheets {

    static final Path UI_RESOURCES = Path.of("src/main/resources/org/mentorplanner/ui");
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final Pattern ON = Pattern.compile("/\\*\\s*on:\\s*(-[\\w-]+)\\s*\\*/");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    /** One rule: its selectors, declarations and the background its {@code on:} comment names. */
    record Rule(String file, List<String> selectors, Map<String, String> declarations, Optional<String> on) {
    }

    private ThemeStylesheets() {
    }

    /** The app's own stylesheets, the palettes left out. */
    static List<Path> componentStylesheets() {
        try (Stream<Path> files = Files.walk(UI_RESOURCES)) {
            return files.filter(f -> f.toString().endsWith(".css")).filter(f -> !f.getParent().endsWith("theme"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Rule> rules(Path file) {
        try {
            return rules(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Rule> rules(String name, String css) {
        // Comments between rules would become part of the next selector; keep only "on:" inside bodies.
        List<Rule> rules = new ArrayList<>();
        Matcher rule = RULE.matcher(css);
        while (rule.find()) {
            String selectors = COMMENT.matcher(rule.group(1)).replaceAll(" ").strip();
            String body = rule.group(2);
            Matcher on = ON.matcher(body);
            Optional<String> background = on.find() ? Optional.of(on.group(1)) : Optional.empty();
            Map<String, String> declarations = new LinkedHashMap<>();
            for (String declaration : COMMENT.matcher(body).replaceAll(" ").split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0) {
                    declarations.put(declaration.substring(0, colon).strip(),
                            declaration.substring(colon + 1).replace("!important", "").strip());
                }
            }
            List<String> list = Stream.of(selectors.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            rules.add(new Rule(name, list, declarations, background));
        }
        return rules;
    }

    /** The looked-up colours of a theme: AtlantaFX's {@code .root} first, then our palette's over it. */
    static Map<String, String> variables(Appearance appearance) {
        Map<String, String> variables = new HashMap<>();
        String atlantafx = appearance.userAgentStylesheet();
        for (String css : List.of(read(atlantafx), read(Appearance.class.getResource(appearance.paletteResource()).toExternalForm()))) {
            for (Rule rule : rules("theme", css)) {
                if (rule.selectors().equals(List.of(".root"))) {
                    rule.declarations().forEach((k, v) -> {
                        if (k.startsWith("-") && !k.startsWith("-fx-")) {
                            variables.put(k, v);
                        }
                    });
                }
            }
        }
        return variables;
    }

    /** The colour {@code value} means in a theme; the last layer when there are several. */
    static Color resolve(String value, Map<String, String> variables) {
        String last = lastLayer(value.strip());
        for (int depth = 0; depth < 20 && last.startsWith("-"); depth++) {
            String next = variables.get(last);
            if (next == null) {
                throw new IllegalArgumentException("no colour named " + last);
            }
            last = lastLayer(next.strip());
        }
        return Color.web(last);
    }

    private static String lastLayer(String value) {
        int depth = 0;
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                start = i + 1;
            }
        }
        return value.substring(start).strip();
    }

    private static String read(String url) {
        // AtlantaFX names its theme by class-path resource; ours is a URL.
        try (InputStream in = url.startsWith("/") ? ThemeStylesheets.class.getResourceAsStream(url)
                : URI.create(url).toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** WCAG 2 contrast ratio of two opaque colours. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** {@code top} painted with its alpha (times {@code opacity}) over the opaque {@code bottom}. */
    static Color over(Color top, Color bottom, double opacity) {
        double a = top.getOpacity() * opacity;
        return Color.color(top.getRed() * a + bottom.getRed() * (1 - a), top.getGreen() * a + bottom.getGreen() * (1 - a),
                top.getBlue() * a + bottom.getBlue() * (1 - a));
    }
}

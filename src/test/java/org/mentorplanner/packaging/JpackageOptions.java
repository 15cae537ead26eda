package org.mentorplanner.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options of one of jpackage's argument files ({@code @file}) in {@code packaging/}: words
 * separated by white space, double quotes around a word with spaces, {@code #} lines as comments.
 */
record JpackageOptions(Path file, List<String> words) {

    static JpackageOptions read(Path file) {
        try {
            List<String> words = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (!line.strip().startsWith("#")) {
                    words.addAll(split(line));
                }
            }
            return new JpackageOptions(file, List.copyOf(words));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean inWord = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                inWord = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unclosed quote in " + line);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** Every value given to {@code option}, in order. */
    List<String> values(String option) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < words.size() - 1; i++) {
            if (words.get(i).equals(option)) {
                values.add(words.get(i + 1));
            }
        }
        return values;
    }

    /** The options and their values, for options given once; flags map to {@code ""}. */
    Map<String, String> asMap() {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("--")) {
                throw new IllegalArgumentException(file + ": '" + word + "' is no option (a value without an option before it?)");
            }
            boolean hasValue = i + 1 < words.size() && !words.get(i + 1).startsWith("--");
            options.merge(word, hasValue ? words.get(++i) : "", (a, b) -> a + "\n" + b);
        }
        return options;
    }
}

package org.mentorplanner.service.format;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer: objects, arrays, strings, numbers, booleans and null, with
 * correct escaping and optional indentation. Enough for our exports and command-line output
 * without pulling in a JSON library.
 *
 * <pre>{@code
 * new JsonWriter(true).beginObject().name("id").value(7).name("tags").beginArray().value("a").endArray().endObject().toString()
 * }</pre>
 */
public final class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    private final boolean pretty;
    /** Per open container: whether it already holds an element. */
    private final Deque<Boolean> hasElements = new ArrayDeque<>();
    private boolean afterName;

    /** A writer; {@code pretty} indents by two spaces. */
    public JsonWriter(boolean pretty) {
        this.pretty = pretty;
    }

    public JsonWriter beginObject() {
        beforeValue();
        out.append('{');
        hasElements.push(false);
        return this;
    }

    public JsonWriter endObject() {
        return close('}');
    }

    public JsonWriter beginArray() {
        beforeValue();
        out.append('[');
        hasElements.push(false);
        return this;
    }

    public JsonWriter endArray() {
        return close(']');
    }

    /** The name of the next member of the current object. */
    public JsonWriter name(String name) {
        separate();
        string(name);
        out.append(pretty ? ": " : ":");
        afterName = true;
        return this;
    }

    public JsonWriter value(String text) {
        beforeValue();
        if (text == null) {
            out.append("null");
        } else {
            string(text);
        }
        return this;
    }

    public JsonWriter value(long number) {
        beforeValue();
        out.append(number);
        return this;
    }

    public JsonWriter value(boolean flag) {
        beforeValue();
        out.append(flag);
        return this;
    }

    /** A number or null. */
    public JsonWriter value(Long number) {
        return number == null ? nullValue() : value(number.longValue());
    }

    public JsonWriter nullValue() {
        beforeValue();
        out.append("null");
        return this;
    }

    /** The JSON written so far. */
    @Override
    public String toString() {
        return out.toString();
    }

    private JsonWriter close(char bracket) {
        boolean any = hasElements.pop();
        if (any && pretty) {
            newline();
        }
        out.append(bracket);
        return this;
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (!hasElements.isEmpty()) {
            separate();
        }
    }

    private void separate() {
        if (hasElements.isEmpty()) {
            return;
        }
        if (hasElements.peek()) {
            out.append(',');
        } else {
            hasElements.pop();
            hasElements.push(true);
        }
        if (pretty) {
            newline();
        }
    }

    private void newline() {
        out.append('\n');
        out.append("  ".repeat(hasElements.size()));
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                // Keeps JSON safe to embed in HTML <script> and valid for JavaScript parsers.
                case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}

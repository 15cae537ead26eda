package org.mentorplanner.service;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mentorplanner.domain.InvalidInputException;

/**
 * A CSV file with a header row (RFC 4180: commas, double-quoted fields that may hold commas,
 * doubled quotes and line breaks). Rows are numbered from 1, starting below the header, the
 * same way the import services number them in their refusals.
 */
final class CsvFile {

    /** One data row: its number, the file line it starts on, and its values by column name. */
    record Row(int number, int line, Map<String, String> values) {

        /** The value in {@code column}, stripped; empty when the column is absent. */
        String get(String column) {
            return values.getOrDefault(column, "").strip();
        }
    }

    /** A record as parsed: the line it starts on and its fields. */
    record Record(int line, List<String> fields) {

        boolean isBlank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    private CsvFile() {
    }

    /**
     * Reads {@code file}: the header must name every column of {@code required}, may name those
     * of {@code optional}, and nothing else.
     */
    static List<Row> read(Path file, List<String> required, Set<String> optional) {
        List<Record> records = parse(readText(file));
        if (records.isEmpty()) {
            throw new InvalidInputException(file.getFileName() + " is empty: the first line must be the header "
                    + String.join(",", required) + ".");
        }
        List<String> header = records.get(0).fields().stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        checkHeader(file, header, required, optional);
        List<Row> rows = new ArrayList<>();
        for (Record record : records.subList(1, records.size())) {
            if (record.isBlank()) {
                continue;
            }
            int number = rows.size() + 1;
            if (record.fields().size() != header.size()) {
                throw new InvalidInputException("Row " + number + " (line " + record.line() + ") has "
                        + record.fields().size() + " values but the header has " + header.size()
                        + " columns: put values that contain commas in double quotes.");
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String value = record.fields().get(i);
                int control = value.codePoints().filter(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')
                                   .findFirst().orElse(-1);
                if (control >= 0) {
                    throw new InvalidInputException("Row " + number + " (line " + record.line() + "), column " + header.get(i)
                            + ": contains the control character U+" + String.format("%04X", control)
                            + ", which names and emails cannot have. Save the file again as UTF-8 text and remove it.");
                }
                values.put(header.get(i), value);
            }
            rows.add(new Row(number, record.line(), values));
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException(file.getFileName() + " has no rows below its header: nothing to import.");
        }
        return rows;
    }

    /** Splits CSV text into records. */
    static List<Record> parse(String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int i = text.startsWith("\uFEFF") ? 1 : 0; // a byte order mark, as spreadsheet programs write
        boolean quoted = false;
        boolean afterQuote = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    afterQuote = true;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                records.add(new Record(recordLine, List.copyOf(fields)));
                fields.clear();
                field.setLength(0);
                afterQuote = false;
                line++;
                recordLine = line;
            } else if (c == '"' && field.toString().isBlank() && !afterQuote) {
                field.setLength(0);
                quoted = true;
            } else if (afterQuote && !Character.isWhitespace(c)) {
                throw new InvalidInputException("Line " + line + ": text after a closing double quote; write a quote inside a quoted value as two quotes (\"\").");
            } else if (!afterQuote) {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new InvalidInputException("Line " + recordLine + ": a double-quoted value is never closed.");
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }

    private static void checkHeader(Path file, List<String> header, List<String> required, Set<String> optional) {
        String expected = "the first line must name the columns " + String.join(",", required)
                + (optional.isEmpty() ? "" : " (optional: " + String.join(",", optional) + ")") + ".";
        for (String column : header) {
            if (!required.contains(column) && !optional.contains(column)) {
                throw new InvalidInputException(file.getFileName() + " has an unknown column '" + column + "': " + expected);
            }
        }
        for (String column : required) {
            if (!header.contains(column)) {
                throw new InvalidInputException(file.getFileName() + " has no '" + column + "' column: " + expected);
            }
        }
        if (Set.copyOf(header).size() != header.size()) {
            throw new InvalidInputException(file.getFileName() + " names a column twice: " + expected);
        }
    }

    private static String readText(Path file) {
        try {
            // A strict decoder: a file in another encoding is refused rather than read as garbage.
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("No file " + file + ": check the path.");
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file.getFileName() + " is not UTF-8 text: save it as \"CSV UTF-8\".");
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read " + file + ": " + e.getMessage() + ".");
        }
    }
}

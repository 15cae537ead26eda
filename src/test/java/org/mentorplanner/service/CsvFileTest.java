package org.mentorplanner.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorplanner.domain.InvalidInputException;

class CsvFileTest {

    private static List<List<String>> fields(String text) {
        return CsvFile.parse(text).stream().map(CsvFile.Record::fields).toList();
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        assertThat(fields("a,\"b, c\",\"say \"\"hi\"\"\",\"two\nlines\"\n"))
                .containsExactly(List.of("a", "b, c", "say \"hi\"", "two\nlines"));
    }

    @Test
    void recordsRememberTheLineTheyStartOn() {
        List<CsvFile.Record> records = CsvFile.parse("h1,h2\r\n\"x\r\ny\",1\r\nz,2");

        assertThat(records).extracting(CsvFile.Record::line).containsExactly(1, 2, 4);
        assertThat(records.get(2).fields()).containsExactly("z", "2");
    }

    @Test
    void emptyFieldsAndAByteOrderMarkAreRead() {
        assertThat(fields("\uFEFFa,,c\n,\n")).containsExactly(List.of("a", "", "c"), List.of("", ""));
    }

    @Test
    void anUnclosedQuoteIsRefusedWithItsLine() {
        assertThatThrownBy(() -> CsvFile.parse("a,b\n\"never closed,1\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Line 2").hasMessageContaining("never closed");
    }

    @Test
    void textAfterAClosingQuoteIsRefused() {
        assertThatThrownBy(() -> CsvFile.parse("\"a\"b,c\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("two quotes");
    }
}

package org.mentorplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvExporterTest {

    private static String cell(String value) {
        StringBuilder out = new StringBuilder();
        CsvExporter.cell(out, value);
        return out.toString();
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaBecomeText() {
        assertThat(cell("=1+1")).isEqualTo("'=1+1");
        assertThat(cell("+49 30 1234")).isEqualTo("'+49 30 1234");
        assertThat(cell("-2")).isEqualTo("'-2");
        assertThat(cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(cell("\t=1")).isEqualTo("'\t=1");
        assertThat(cell("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(cell("a=b")).isEqualTo("a=b");
        assertThat(cell("")).isEmpty();
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAsRfc4180Says() {
        assertThat(cell("plain")).isEqualTo("plain");
        assertThat(cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(cell("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    }
}

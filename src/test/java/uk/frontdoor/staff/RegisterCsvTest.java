package uk.frontdoor.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterCsvTest {
    @Test
    void cells_that_a_spreadsheet_would_run_as_formulas_are_made_text() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", RegisterCsv.cell("=HYPERLINK(\"x\")"));
        assertEquals("\"'+1\"", RegisterCsv.cell("+1"));
        assertEquals("\"'-1\"", RegisterCsv.cell("-1"));
        assertEquals("\"'@SUM(A1)\"", RegisterCsv.cell("@SUM(A1)"));
        assertEquals("\"Sam, Taylor\"", RegisterCsv.cell("Sam, Taylor"));
    }

    @Test
    void lines_end_with_crlf() {
        assertEquals("\"a\",\"b\"\r\n\"1\",\"\"\r\n", RegisterCsv.of(List.of("a", "b"), List.of(java.util.Arrays.asList("1", null))));
    }
}

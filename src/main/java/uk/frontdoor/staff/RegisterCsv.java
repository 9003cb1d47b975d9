package uk.frontdoor.staff;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A register as CSV (RFC 4180): every cell quoted, quotes doubled, and a cell that a spreadsheet would read as a
 * formula (starting with = + - @, a tab or a carriage return) prefixed with an apostrophe, so typed text cannot run.
 */
public final class RegisterCsv {
    private RegisterCsv() {
    }

    public static String of(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        out.append(line(header));
        rows.forEach(r -> out.append(line(r)));
        return out.toString();
    }

    /**
     * The same CSV as UTF-8 bytes starting with a byte order mark, so that Excel opens names with accents or curly
     * apostrophes correctly (the management information's downloads).
     */
    public static byte[] forSpreadsheets(List<String> header, List<List<String>> rows) {
        return ("\uFEFF" + of(header, rows)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String line(List<String> cells) {
        return cells.stream().map(RegisterCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}

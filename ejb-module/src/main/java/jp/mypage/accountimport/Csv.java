package jp.mypage.accountimport;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 defines them and Excel writes them: fields in double quotes
 * may hold commas, line breaks and doubled quotes; records end with CRLF or LF. Written files are
 * UTF-8 with a byte order mark, which Excel needs to open UTF-8 as such.
 */
final class Csv {

    /** One record and the row a spreadsheet shows it in (a record with a line break is one row). */
    record Row(int number, List<String> fields) {
        boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** What Excel on Japanese Windows writes when a file is saved as plain "CSV". */
    private static final String SHIFT_JIS = "windows-31j";
    /** First characters with which a spreadsheet would take a field for a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Csv() {
    }

    /**
     * The text of a file: UTF-8 (with or without a byte order mark), else Shift_JIS.
     *
     * @throws CsvFileException if it is neither
     */
    static String decode(byte[] file) {
        if (file.length >= BOM.length && Arrays.equals(file, 0, BOM.length, BOM, 0, BOM.length)) {
            return strictly(StandardCharsets.UTF_8, Arrays.copyOfRange(file, BOM.length, file.length));
        }
        try {
            return strictly(StandardCharsets.UTF_8, file);
        } catch (CsvFileException notUtf8) {
            if (!Charset.isSupported(SHIFT_JIS)) {
                throw notUtf8;
            }
            return strictly(Charset.forName(SHIFT_JIS), file);
        }
    }

    private static String strictly(Charset charset, byte[] bytes) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new CsvFileException(CsvFileProblem.ENCODING);
        }
    }

    /**
     * The records that are not blank, numbered as a spreadsheet numbers its rows. Reading stops
     * after {@code limit + 1} records, so the caller can tell that there were too many.
     *
     * @throws CsvFileException if a quoted field is not closed, or text follows its closing quote
     */
    static List<Row> read(String text, int limit) {
        List<Row> rows = new ArrayList<>();
        int at = 0;
        int number = 1;
        while (at < text.length() && rows.size() <= limit) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean more = true;
            while (more) {
                field.setLength(0);
                if (at < text.length() && text.charAt(at) == '"') {
                    at = quoted(text, at + 1, field, number);
                    if (at < text.length() && !isSeparator(text.charAt(at))) {
                        throw new CsvFileException(CsvFileProblem.TEXT_AFTER_QUOTE, number);
                    }
                } else {
                    while (at < text.length() && !isSeparator(text.charAt(at))) {
                        field.append(text.charAt(at++));
                    }
                }
                fields.add(field.toString());
                more = at < text.length() && text.charAt(at) == ',';
                if (more) {
                    at++;
                }
            }
            at = skipLineBreak(text, at);
            Row row = new Row(number++, List.copyOf(fields));
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Reads a quoted field from just after its opening quote; returns the index after the closing one. */
    private static int quoted(String text, int start, StringBuilder field, int number) {
        int at = start;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c != '"') {
                field.append(c);
            } else if (at < text.length() && text.charAt(at) == '"') {
                field.append('"');
                at++;
            } else {
                return at;
            }
        }
        throw new CsvFileException(CsvFileProblem.UNCLOSED_QUOTE, number);
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '\r' || c == '\n';
    }

    private static int skipLineBreak(String text, int at) {
        int next = at;
        if (next < text.length() && text.charAt(next) == '\r') {
            next++;
        }
        if (next < text.length() && text.charAt(next) == '\n') {
            next++;
        }
        return next;
    }

    /**
     * A file Excel opens as UTF-8: byte order mark, CRLF, fields quoted where needed. A field a
     * spreadsheet would run as a formula ({@code =cmd|…}) gets a leading apostrophe, so a report that
     * repeats what an uploaded file said cannot run it.
     */
    static byte[] write(List<List<String>> records) {
        StringBuilder out = new StringBuilder();
        for (List<String> record : records) {
            for (int i = 0; i < record.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(field(record.get(i)));
            }
            out.append("\r\n");
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = Arrays.copyOf(BOM, BOM.length + text.length);
        System.arraycopy(text, 0, file, BOM.length, text.length);
        return file;
    }

    private static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}

package jp.mypage.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static byte[] export(List<String> header, List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(out, header, rows);
        return out.toByteArray();
    }

    /** The text after the byte order mark. */
    private static String text(byte[] file) {
        return new String(file, BOM.length, file.length - BOM.length, StandardCharsets.UTF_8);
    }

    /** What a strict RFC 4180 reader makes of the file. */
    private static List<List<String>> parse(byte[] file) throws IOException {
        try (CSVParser parser = CSVParser.parse(text(file), CSVFormat.RFC4180)) {
            return parser.stream().map(CSVRecord::toList).toList();
        }
    }

    @Test
    void startsWithAByteOrderMarkSoExcelReadsUtf8() throws IOException {
        byte[] file = export(List.of("氏名"), List.of());
        assertArrayEquals(BOM, Arrays.copyOf(file, BOM.length), "EF BB BF first");
        assertEquals("\"氏名\"\r\n", text(file), "UTF-8 after the byte order mark, and only one of them");
    }

    @Test
    void quotesEveryFieldAndEndsEveryRecordWithCrlf() throws IOException {
        byte[] file = export(List.of("氏名", "メールアドレス"), List.of(List.of("山田 太郎", "taro@example.jp"), List.of("", "x")));
        assertEquals("\"氏名\",\"メールアドレス\"\r\n\"山田 太郎\",\"taro@example.jp\"\r\n\"\",\"x\"\r\n", text(file));
    }

    @Test
    void whatItWritesReadsBackFieldForField() throws IOException {
        List<String> header = List.of("行", "内容");
        List<List<String>> rows = List.of(
                List.of("a,b", "say \"hi\""),
                List.of("line1\r\nline2", "lf\nonly"),
                List.of("全角，カンマ", " spaces kept "));
        List<List<String>> read = parse(export(header, rows));
        assertEquals(header, read.get(0), "the header first");
        assertEquals(rows, read.subList(1, read.size()), "commas, quotes, line breaks and spaces survive");
    }

    @Test
    void writesNullAsAnEmptyField() throws IOException {
        byte[] file = export(List.of("a", "b"), List.of(Arrays.asList(null, "x")));
        assertEquals("\"\",\"x\"", text(file).split("\r\n")[1]);
        assertEquals(List.of("", "x"), parse(file).get(1));
    }

    @Test
    void writesNoFieldASpreadsheetWouldRunAsAFormula() throws IOException {
        List<String> dangerous = List.of("=HYPERLINK(\"http://evil\")", "+1", "-1+2", "@SUM(A1)", "\tTAB", "\rCR");
        List<List<String>> read = parse(export(List.of("=header"), List.of(dangerous, List.of("ok", "a=b", "3-1"))));
        assertEquals(List.of("'=header"), read.get(0), "the header is guarded too");
        assertEquals(List.of("'=HYPERLINK(\"http://evil\")", "'+1", "'-1+2", "'@SUM(A1)", "'\tTAB", "'\rCR"), read.get(1),
                "each formula start gets a leading apostrophe, and the rest of the field is kept");
        assertEquals(List.of("ok", "a=b", "3-1"), read.get(2), "only the first character counts");
    }

    @Test
    void flushesButLeavesTheStreamOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream out = new FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        CsvExport.write(out, List.of("h"), List.of(List.of("v")));
        assertFalse(closed[0], "the caller closes its stream");
        assertTrue(bytes.size() > BOM.length, "everything reached the stream without a close");
        assertEquals("\"h\"\r\n\"v\"\r\n", text(bytes.toByteArray()));
    }
}

package jp.mypage.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class XlsxSheetTest {

    private static List<Row> read(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getFirstSheet().read();
        }
    }

    @Test
    void writesTheHeaderThenEveryRowAcrossFlushes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rows = XlsxSheet.FLUSH_ROWS * 2 + 7;
        try (XlsxSheet sheet = new XlsxSheet(out, "受講履歴", List.of("受講者", "進捗"))) {
            for (int i = 0; i < rows; i++) {
                sheet.add(Arrays.asList("受講者 " + i, i));
            }
            assertEquals(rows + 1, sheet.rows());
        }
        List<Row> read = read(out.toByteArray());
        assertEquals(rows + 1, read.size(), "the header and every row");
        assertEquals("受講者", read.get(0).getCellAsString(0).orElseThrow());
        assertEquals("受講者 1000", read.get(1001).getCellAsString(0).orElseThrow());
        assertEquals(CellType.NUMBER, read.get(1001).getCell(1).getType(), "numbers stay numbers");
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxSheet sheet = new XlsxSheet(out, "a sheet name longer than Excel's thirty-one characters", List.of("x"))) {
            sheet.add(Arrays.asList("=HYPERLINK(\"http://example.test\")", null, "@SUM(A1)"));
        }
        Row row = read(out.toByteArray()).get(1);
        assertEquals(CellType.STRING, row.getCell(0).getType(), "never a formula");
        assertEquals("=HYPERLINK(\"http://example.test\")", row.getCellAsString(0).orElseThrow());
        assertEquals("@SUM(A1)", row.getCellAsString(2).orElseThrow());
    }
}

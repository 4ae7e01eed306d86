package jp.mypage.history;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Excel (.xlsx) workbook of one sheet written as its rows come: a header row, then rows of text
 * and numbers, flushed to the stream every {@link #FLUSH_ROWS} rows, so memory stays the same for
 * 100 rows or 100,000. Text is written as inline strings (no shared-strings table grows), and as
 * values only: a cell is never a formula, whatever it starts with.
 */
public final class XlsxSheet implements Closeable {

    static final int FLUSH_ROWS = 500;

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    /** Starts the workbook on the stream with this sheet name and header row. */
    public XlsxSheet(OutputStream out, String sheetName, List<String> headers) {
        this.workbook = new Workbook(out, "MyPage", "1.0");
        this.sheet = workbook.newWorksheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
        add(headers);
        sheet.freezePane(0, 1);
    }

    /** One row: {@link Number}s as numbers, anything else as its text, nulls as empty cells. */
    public void add(List<?> values) {
        for (int column = 0; column < values.size(); column++) {
            Object value = values.get(column);
            if (value instanceof Number number) {
                sheet.value(row, column, number);
            } else if (value != null) {
                sheet.inlineString(row, column, value.toString());
            }
        }
        row++;
        if (row % FLUSH_ROWS == 0) {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Rows written, the header included. */
    public int rows() {
        return row;
    }

    /** Ends the sheet and the workbook (the stream stays open for its owner). */
    @Override
    public void close() throws IOException {
        sheet.finish();
        workbook.finish();
    }
}

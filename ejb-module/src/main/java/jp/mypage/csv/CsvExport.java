package jp.mypage.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/** CSV for Excel: UTF-8 with BOM, CRLF, every field quoted, fields that start like a formula (= + - @ TAB CR) get a leading apostrophe. */
public final class CsvExport {

    /** RFC 4180 (comma, double quotes doubled inside a field, CRLF), every field in quotes. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();
    /** Excel opens a CSV file as UTF-8 only when it starts with a byte order mark. */
    private static final char BOM = '\uFEFF';
    /**
     * First characters with which a spreadsheet takes a field for a formula. A file that repeats
     * what somebody typed ({@code =HYPERLINK(…)}, {@code =cmd|…}) must not run it.
     */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvExport() {
    }

    /** Writes the BOM, the header and the rows to the stream (UTF-8), and flushes; does not close the stream. */
    public static void write(OutputStream out, List<String> header, Iterable<? extends List<String>> rows)
            throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BOM);
        // Not closed: closing the printer would close the caller's stream.
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(guarded(header));
        for (List<String> row : rows) {
            printer.printRecord(guarded(row));
        }
        printer.flush();
    }

    /**
     * The same file written row by row as the rows come (a streamed export): the BOM and the header
     * now, each {@link Rows#add} next; {@link Rows#finish} flushes. The stream is not closed.
     */
    public static Rows start(OutputStream out, List<String> header) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BOM);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(guarded(header));
        return new Rows(printer);
    }

    /** The rows of a CSV file being written. */
    public static final class Rows {

        private final CSVPrinter printer;

        private Rows(CSVPrinter printer) {
            this.printer = printer;
        }

        public void add(List<String> row) throws IOException {
            printer.printRecord(guarded(row));
        }

        public void finish() throws IOException {
            printer.flush();
        }
    }

    /** The fields as written: null as empty, a formula-like start behind an apostrophe. */
    private static List<String> guarded(List<String> fields) {
        List<String> guarded = new ArrayList<>(fields.size());
        for (String field : fields) {
            String text = field == null ? "" : field;
            guarded.add(!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text);
        }
        return guarded;
    }
}

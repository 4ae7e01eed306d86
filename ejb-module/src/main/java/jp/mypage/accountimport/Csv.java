package jp.mypage.accountimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reading an uploaded account list: its bytes as text (UTF-8, or Shift_JIS as Excel saves "CSV"),
 * then its records with Apache Commons CSV, as RFC 4180 defines them and Excel writes them: fields
 * in double quotes may hold commas, line breaks and doubled quotes; records end with CRLF, LF or CR.
 * The files the import writes (template, report) come from {@link jp.mypage.csv.CsvExport}.
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
    /** RFC 4180; blank lines are records, so that the row numbers stay the spreadsheet's. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

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
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            try {
                while (rows.size() <= limit && records.hasNext()) {
                    Row row = row(records.next());
                    if (!row.isBlank()) {
                        rows.add(row);
                    }
                }
            } catch (UncheckedIOException e) {
                int number = Math.toIntExact(parser.getRecordNumber() + 1);
                throw new CsvFileException(endsUnclosed(text, number)
                        ? CsvFileProblem.UNCLOSED_QUOTE
                        : CsvFileProblem.TEXT_AFTER_QUOTE, number);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a string cannot fail", e);
        }
        return rows;
    }

    /** A record numbered by its place in the file: each record is one spreadsheet row, blank ones too. */
    private static Row row(CSVRecord record) {
        return new Row(Math.toIntExact(record.getRecordNumber()), record.toList());
    }

    /**
     * Whether the record the parser refused is a quoted field left open to the end of the file
     * (rather than text after a closing quote): read leniently, it then ends with the file.
     */
    private static boolean endsUnclosed(String text, int number) {
        try (CSVParser lenient = CSVParser.parse(text, FORMAT.builder().setLenientEof(true).get())) {
            Iterator<CSVRecord> records = lenient.iterator();
            for (int i = 0; i < number && records.hasNext(); i++) {
                records.next();
            }
            return true;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }
}

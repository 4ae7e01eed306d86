package jp.mypage.accountimport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    private static List<Csv.Row> read(String text) {
        return Csv.read(text, 100);
    }

    @Test
    void readsQuotedCommasDoubledQuotesAndLineBreaksInsideQuotes() {
        List<Csv.Row> rows = read("a,\"b,c\",\"say \"\"hi\"\"\",\"line1\r\nline2\"\r\nnext,row,,\r\n");
        assertEquals(List.of("a", "b,c", "say \"hi\"", "line1\r\nline2"), rows.get(0).fields());
        assertEquals(List.of("next", "row", "", ""), rows.get(1).fields(), "empty fields, also the last one");
        assertEquals(2, rows.get(1).number(), "a record with a line break is still one spreadsheet row");
    }

    @Test
    void acceptsLfAndCrlfAndAMissingFinalLineBreak() {
        assertEquals(read("a,b\r\nc,d\r\n"), read("a,b\nc,d"));
    }

    @Test
    void skipsBlankRowsButKeepsTheRowNumbersASpreadsheetShows() {
        List<Csv.Row> rows = read("h1,h2\r\n\r\n,\r\nx,y\r\n");
        assertEquals(2, rows.size());
        assertEquals(4, rows.get(1).number(), "rows 2 and 3 are blank");
    }

    @Test
    void refusesAnUnclosedQuoteOrTextAfterTheClosingQuote() {
        CsvFileException unclosed = assertThrows(CsvFileException.class, () -> read("a,b\r\nc,\"open\r\nd,e\r\n"));
        assertEquals(CsvFileProblem.UNCLOSED_QUOTE, unclosed.problem());
        assertArrayEquals(new Object[] {"2"}, unclosed.arguments(), "the row where the quote opens");
        CsvFileException after = assertThrows(CsvFileException.class, () -> read("\"a\"b,c"));
        assertEquals(CsvFileProblem.TEXT_AFTER_QUOTE, after.problem());
    }

    @Test
    void stopsOneRowAfterTheLimit() {
        assertEquals(3, Csv.read("1\n2\n3\n4\n5\n", 2).size());
    }

    @Test
    void decodesUtf8WithOrWithoutByteOrderMarkAndExcelsShiftJis() {
        byte[] utf8 = "種別,氏名".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        assertEquals("種別,氏名", Csv.decode(withBom), "the byte order mark is not part of the first header");
        assertEquals("種別,氏名", Csv.decode(utf8));
        assertEquals("種別,氏名", Csv.decode("種別,氏名".getBytes(Charset.forName("windows-31j"))));
    }

    @Test
    void refusesBytesThatAreNeitherUtf8NorShiftJis() {
        CsvFileException e = assertThrows(CsvFileException.class, () -> Csv.decode(new byte[] {'a', (byte) 0x81, (byte) 0x7F}));
        assertEquals(CsvFileProblem.ENCODING, e.problem());
    }
}

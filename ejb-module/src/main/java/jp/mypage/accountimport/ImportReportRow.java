package jp.mypage.accountimport;

import java.io.Serializable;
import jp.mypage.domain.accountimport.ImportRowResult;

/**
 * One line of an import's report, in the operator's language.
 *
 * @param rowNumber the row as a spreadsheet numbers it (the header is row 1)
 * @param email the address as the file wrote it
 * @param resultText the result in words
 * @param message why the row was not created; empty for a created row
 */
public record ImportReportRow(int rowNumber, String email, ImportRowResult result, String resultText, String message)
        implements Serializable {
}

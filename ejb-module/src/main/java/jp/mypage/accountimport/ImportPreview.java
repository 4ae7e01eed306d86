package jp.mypage.accountimport;

import java.io.Serializable;
import java.util.List;

/** What importing an account list would do: every data row with its problems. Nothing is written yet. */
public record ImportPreview(List<AccountCsvRow> rows) implements Serializable {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    /** The rows that would become invited accounts. */
    public long validRows() {
        return rows.stream().filter(AccountCsvRow::isValid).count();
    }

    public long invalidRows() {
        return rows.size() - validRows();
    }
}

package jp.mypage.domain.accountimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.mypage.domain.account.AccountType;
import org.junit.jupiter.api.Test;

class AccountImportTest {

    private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");

    @Test
    void skippedRowsCountAsProcessedFromTheStart() {
        AccountImport run = new AccountImport("operator:12", 10, 3, T0);
        assertEquals(ImportStatus.RUNNING, run.getStatus());
        assertEquals(3, run.getProcessedRows());
        assertEquals(T0, run.getHeartbeatAt(), "opening the run is its first sign of life");
        run.progressed(5, 2, T0.plusSeconds(3));
        assertEquals(T0.plusSeconds(3), run.getHeartbeatAt(), "a committed batch is a sign of life");
        assertEquals(10, run.getProcessedRows());
        assertEquals(5, run.getCreatedCount());
        assertEquals(2, run.getFailedCount());
        run.finish(T0.plusSeconds(4));
        assertEquals(ImportStatus.FINISHED, run.getStatus());
        assertEquals(Optional.of(T0.plusSeconds(4)), run.getFinishedAt());
    }

    @Test
    void refusesMoreRowsThanTheFileHasAndAnEarlyFinish() {
        AccountImport run = new AccountImport("operator:12", 10, 0, T0);
        assertThrows(IllegalArgumentException.class, () -> run.progressed(8, 3, T0));
        run.progressed(4, 0, T0);
        assertThrows(IllegalStateException.class, () -> run.finish(T0), "six rows are still to come");
        run.fail(T0);
        assertEquals(ImportStatus.FAILED, run.getStatus());
        assertThrows(IllegalStateException.class, () -> run.progressed(1, 0, T0), "an ended run takes no more rows");
    }

    @Test
    void aRefusedRowKeepsItsProblemForTheReport() {
        AccountImport run = new AccountImport("operator:12", 2, 1, T0);
        ImportRowProblem tooLong = ImportRowProblem.of(ImportColumn.NAME, ImportProblem.TOO_LONG, 100);
        AccountImportRow row = AccountImportRow.refused(run, 3, AccountType.PERSONAL, "taro@example.jp",
                ImportRowResult.SKIPPED, tooLong);
        assertEquals(Optional.of(tooLong), row.getProblem());
        assertEquals(List.of("100"), row.getProblem().orElseThrow().arguments());

        ImportRowProblem columns = ImportRowProblem.ofRow(ImportProblem.COLUMN_COUNT, 11, 9);
        AccountImportRow wholeRow = AccountImportRow.refused(run, 4, null, "", ImportRowResult.SKIPPED, columns);
        assertEquals(Optional.of(columns), wholeRow.getProblem());
        assertEquals(Optional.empty(), wholeRow.getProblem().orElseThrow().column());
        assertEquals("", wholeRow.getEmail());
    }

    @Test
    void dataRowsStartAfterTheHeader() {
        AccountImport run = new AccountImport("operator:12", 1, 1, T0);
        assertThrows(IllegalArgumentException.class, () -> AccountImportRow.refused(run, 1, null, "",
                ImportRowResult.SKIPPED, ImportRowProblem.ofRow(ImportProblem.COLUMN_COUNT, 11, 1)));
    }
}

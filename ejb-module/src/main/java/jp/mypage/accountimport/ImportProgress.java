package jp.mypage.accountimport;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import jp.mypage.domain.accountimport.AccountImport;
import jp.mypage.domain.accountimport.ImportStatus;
import jp.mypage.domain.support.RecordSerialForm;

/**
 * How far an import run has come, for the page that polls it. {@code processedRows} counts created,
 * failed and skipped rows; the run is over when {@code status} is no longer RUNNING.
 */
public record ImportProgress(long id, String operator, Instant createdAt, Optional<Instant> finishedAt,
        ImportStatus status, int totalRows, int processedRows, int createdCount, int failedCount, int skippedCount)
        implements Serializable {

    /** Optional does not serialise: the record travels as its values (a page holds it in its view). */
    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }

    static ImportProgress of(AccountImport run) {
        return new ImportProgress(run.getId(), run.getOperator(), run.getCreatedAt(), run.getFinishedAt(),
                run.getStatus(), run.getTotalRows(), run.getProcessedRows(), run.getCreatedCount(),
                run.getFailedCount(), run.getSkippedCount());
    }

    /** 0 to 100. */
    public int percent() {
        return (int) (100L * processedRows / totalRows);
    }

    public boolean isRunning() {
        return status == ImportStatus.RUNNING;
    }
}

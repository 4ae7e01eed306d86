package jp.mypage.domain.accountimport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import jp.mypage.domain.account.AccountEvent;

/**
 * One run of an account list an operator uploaded: who, when, how many rows, and how far the
 * creation of the invited accounts has come. Rows invalid in the file count as processed (skipped)
 * from the start; the others are counted as their batches commit.
 */
@Entity
@Table(name = "account_import")
@NamedQuery(name = AccountImport.RECENT,
        query = "select i from AccountImport i order by i.createdAt desc, i.id desc")
@NamedQuery(name = AccountImport.END_ABANDONED,
        query = "update AccountImport i set i.status = :status, i.finishedAt = :now"
                + " where i.status = :running and i.heartbeatAt < :silentSince")
public class AccountImport {

    public static final String RECENT = "AccountImport.recent";
    /**
     * Ends, with the given status, every running import whose node has shown no sign of life since
     * {@code silentSince} (parameters status, now, running, silentSince).
     */
    public static final String END_ABANDONED = "AccountImport.endAbandoned";

    public static final int OPERATOR_MAX = AccountEvent.ACTOR_MAX;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_import_seq")
    @SequenceGenerator(name = "account_import_seq", sequenceName = "account_import_seq", allocationSize = 50)
    private Long id;

    @Column(name = "operator", length = OPERATOR_MAX, nullable = false, updatable = false)
    private String operator;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "total_rows", nullable = false, updatable = false)
    private int totalRows;

    @Column(name = "processed_rows", nullable = false)
    private int processedRows;

    @Column(name = "created_count", nullable = false)
    private int createdCount;

    @Column(name = "failed_count", nullable = false)
    private int failedCount;

    @Column(name = "skipped_count", nullable = false, updatable = false)
    private int skippedCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private ImportStatus status;

    /** When the node running the import last committed a batch (or opened the run). */
    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;

    protected AccountImport() {
        // for JPA
    }

    /**
     * @param totalRows the data rows of the file
     * @param skippedRows those of them that are invalid and will not be created
     */
    public AccountImport(String operator, int totalRows, int skippedRows, Instant createdAt) {
        if (operator == null || operator.isBlank() || operator.length() > OPERATOR_MAX) {
            throw new IllegalArgumentException("An operator is required");
        }
        if (totalRows < 1 || skippedRows < 0 || skippedRows > totalRows) {
            throw new IllegalArgumentException(skippedRows + " skipped of " + totalRows + " rows");
        }
        this.operator = operator;
        this.totalRows = totalRows;
        this.skippedCount = skippedRows;
        this.processedRows = skippedRows;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.heartbeatAt = createdAt;
        this.status = ImportStatus.RUNNING;
    }

    /** A batch of rows committed at {@code at}: so many accounts created, so many rows failed. */
    public void progressed(int created, int failed, Instant at) {
        requireRunning();
        if (created < 0 || failed < 0 || processedRows + created + failed > totalRows) {
            throw new IllegalArgumentException("More rows than the file has");
        }
        createdCount += created;
        failedCount += failed;
        processedRows += created + failed;
        heartbeatAt = Objects.requireNonNull(at);
    }

    /** Whether the run still takes rows: not finished, failed or ended as interrupted. */
    public boolean isRunning() {
        return status == ImportStatus.RUNNING;
    }

    /** Every row has its result. */
    public void finish(Instant at) {
        requireRunning();
        if (processedRows != totalRows) {
            throw new IllegalStateException("Import " + id + " processed " + processedRows + " of " + totalRows);
        }
        end(ImportStatus.FINISHED, at);
    }

    /** An error stopped the run; the rows processed so far keep their results. */
    public void fail(Instant at) {
        requireRunning();
        end(ImportStatus.FAILED, at);
    }

    private void end(ImportStatus endStatus, Instant at) {
        this.status = endStatus;
        this.finishedAt = Objects.requireNonNull(at);
    }

    private void requireRunning() {
        if (status != ImportStatus.RUNNING) {
            throw new IllegalStateException("Import " + id + " is " + status);
        }
    }

    public Long getId() {
        return id;
    }

    public String getOperator() {
        return operator;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> getFinishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public int getTotalRows() {
        return totalRows;
    }

    public int getProcessedRows() {
        return processedRows;
    }

    public int getCreatedCount() {
        return createdCount;
    }

    public int getFailedCount() {
        return failedCount;
    }

    public int getSkippedCount() {
        return skippedCount;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    public ImportStatus getStatus() {
        return status;
    }
}

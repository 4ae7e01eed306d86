package jp.mypage.accountimport;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.mypage.account.Accounts;
import jp.mypage.domain.accountimport.AccountImport;
import jp.mypage.domain.accountimport.AccountImportRow;
import jp.mypage.domain.accountimport.AccountListUpload;

/**
 * Invites many accounts from an account list (CSV): the operator downloads the template, uploads
 * the filled-in file for a preview that writes nothing, then commits it. The commit creates the
 * valid rows in the background ({@link AccountImportJob}); the operator's page polls its progress
 * and downloads the report. The file is checked again at commit: a preview proves nothing about
 * the moment after it.
 */
@Stateless
@RolesAllowed("ADMIN")
public class AccountImportService {

    static final int PAGE_MAX = 1000;
    /** How long an upload waits for its commit. */
    static final Duration UPLOAD_KEPT = Duration.ofDays(1);

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Validator validator;

    @Inject
    private Accounts accounts;

    @Inject
    private AccountImportJob job;

    @Inject
    private Clock clock;

    /** An empty account list with its header row, UTF-8 with a byte order mark (Excel opens it as such). */
    public byte[] template(@NotNull Locale locale) {
        return AccountCsv.template(locale);
    }

    /**
     * Keeps an uploaded account list until it is committed or replaced, so the page holds only its
     * id (on a cluster, any node can preview or commit it). Uploads left for a day are removed.
     *
     * @param replaced the caller's previous upload, removed now; {@code null} for none
     * @return the upload's id, for {@link #preview(long)} and {@link #commit(long)}
     * @throws CsvFileException if the file is larger than the limit
     */
    public long keepUpload(@NotNull byte[] file, String fileName, Long replaced) {
        if (file.length > AccountCsv.MAX_BYTES) {
            throw new CsvFileException(CsvFileProblem.TOO_LARGE, AccountCsv.MAX_MEGABYTES);
        }
        Instant now = clock.instant();
        em.createNamedQuery(AccountListUpload.DELETE_LEFT)
                .setParameter("before", now.minus(UPLOAD_KEPT))
                .executeUpdate();
        if (replaced != null) {
            discardUpload(replaced);
        }
        AccountListUpload upload = new AccountListUpload(caller(), fileName, file, now);
        em.persist(upload);
        em.flush();
        return upload.getId();
    }

    /** Removes the caller's upload (starting over); nothing happens for an unknown one. */
    public void discardUpload(long uploadId) {
        ownUpload(uploadId).ifPresent(em::remove);
    }

    /**
     * Every data row of the uploaded file with its problems, including addresses already
     * registered. Writes nothing.
     *
     * @throws CsvFileException if the file cannot be read as an account list, or the upload is gone
     */
    public ImportPreview preview(long uploadId) {
        return new ImportPreview(check(uploadedFile(uploadId)));
    }

    /**
     * Starts creating the file's valid rows as invited accounts, each with its invitation mail; the
     * invalid rows are reported as skipped.
     *
     * @return the id of the import run, for {@link #findImport} and {@link #findReport}
     * @throws CsvFileException if the file cannot be read, or no row is valid
     */
    public long commit(long uploadId) {
        AccountListUpload upload = ownUpload(uploadId)
                .orElseThrow(() -> new CsvFileException(CsvFileProblem.UPLOAD_GONE));
        List<AccountCsvRow> rows = check(upload.getContent());
        List<AccountCsvRow> valid = rows.stream().filter(AccountCsvRow::isValid).toList();
        if (valid.isEmpty()) {
            throw new CsvFileException(CsvFileProblem.NO_VALID_ROWS);
        }
        String operator = caller();
        em.remove(upload);
        em.flush();
        long importId = job.open(operator, rows);
        job.run(importId, operator, valid);
        return importId;
    }

    public Optional<ImportProgress> findImport(long importId) {
        return Optional.ofNullable(em.find(AccountImport.class, importId)).map(ImportProgress::of);
    }

    /** The latest import runs, newest first. */
    public List<ImportProgress> recentImports(int max) {
        return em.createNamedQuery(AccountImport.RECENT, AccountImport.class)
                .setMaxResults(Math.min(Math.max(1, max), PAGE_MAX))
                .getResultStream()
                .map(ImportProgress::of)
                .toList();
    }

    /**
     * A page of an import's report, in file order; there are {@link ImportProgress#processedRows()}
     * lines so far.
     */
    public List<ImportReportRow> reportRows(long importId, int first, int pageSize, @NotNull Locale locale) {
        return em.createNamedQuery(AccountImportRow.OF_IMPORT, AccountImportRow.class)
                .setParameter("importId", importId)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, pageSize), PAGE_MAX))
                .getResultStream()
                .map(row -> reportRow(row, locale))
                .toList();
    }

    /** The whole report of an import as a CSV file (row, email address, result, details). */
    public Optional<byte[]> findReport(long importId, @NotNull Locale locale) {
        if (em.find(AccountImport.class, importId) == null) {
            return Optional.empty();
        }
        List<ImportReportRow> rows = em.createNamedQuery(AccountImportRow.OF_IMPORT, AccountImportRow.class)
                .setParameter("importId", importId)
                .getResultStream()
                .map(row -> reportRow(row, locale))
                .toList();
        return Optional.of(AccountCsv.report(rows, locale));
    }

    private byte[] uploadedFile(long uploadId) {
        return ownUpload(uploadId).orElseThrow(() -> new CsvFileException(CsvFileProblem.UPLOAD_GONE)).getContent();
    }

    private Optional<AccountListUpload> ownUpload(long uploadId) {
        return Optional.ofNullable(em.find(AccountListUpload.class, uploadId)).filter(u -> u.belongsTo(caller()));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private List<AccountCsvRow> check(byte[] file) {
        List<AccountCsvRow> rows = AccountCsv.read(file, validator);
        AccountCsv.markRegistered(rows, accounts::statusesOf);
        return rows;
    }

    private static ImportReportRow reportRow(AccountImportRow row, Locale locale) {
        return new ImportReportRow(row.getRowNumber(), row.getEmail(), row.getResult(),
                ImportTexts.result(row.getResult(), locale),
                row.getProblem().map(problem -> ImportTexts.describe(problem, locale)).orElse(""));
    }
}

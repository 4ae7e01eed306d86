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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.mypage.account.Accounts;
import jp.mypage.domain.accountimport.AccountImport;
import jp.mypage.domain.accountimport.AccountImportRow;

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

    /** An empty account list with its header row, UTF-8 with a byte order mark (Excel opens it as such). */
    public byte[] template(@NotNull Locale locale) {
        return AccountCsv.template(locale);
    }

    /**
     * Every data row of the file with its problems, including addresses already registered.
     * Writes nothing.
     *
     * @throws CsvFileException if the file cannot be read as an account list
     */
    public ImportPreview preview(@NotNull byte[] file) {
        return new ImportPreview(check(file));
    }

    /**
     * Starts creating the file's valid rows as invited accounts, each with its invitation mail; the
     * invalid rows are reported as skipped.
     *
     * @return the id of the import run, for {@link #findImport} and {@link #findReport}
     * @throws CsvFileException if the file cannot be read, or no row is valid
     */
    public long commit(@NotNull byte[] file) {
        List<AccountCsvRow> rows = check(file);
        List<AccountCsvRow> valid = rows.stream().filter(AccountCsvRow::isValid).toList();
        if (valid.isEmpty()) {
            throw new CsvFileException(CsvFileProblem.NO_VALID_ROWS);
        }
        String operator = context.getCallerPrincipal().getName();
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

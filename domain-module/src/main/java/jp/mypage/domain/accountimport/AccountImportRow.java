package jp.mypage.domain.accountimport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.account.EmailAddress;

/**
 * The result of one row of an imported account list: a line of the report. It keeps the address as
 * the file wrote it (so a refused address can be found in the file) and the first problem of a row
 * that was not created; the account's own data stays in the account only.
 */
@Entity
@Table(name = "account_import_row")
@NamedQuery(name = AccountImportRow.OF_IMPORT,
        query = "select r from AccountImportRow r where r.accountImport.id = :importId order by r.rowNumber, r.id")
public class AccountImportRow {

    /** The rows of one import (parameter importId) in file order. */
    public static final String OF_IMPORT = "AccountImportRow.ofImport";

    public static final int ARGUMENTS_MAX = 100;
    private static final String ARGUMENT_SEPARATOR = ",";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_import_row_seq")
    @SequenceGenerator(name = "account_import_row_seq", sequenceName = "account_import_row_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "import_id", nullable = false, updatable = false)
    private AccountImport accountImport;

    /** The row as a spreadsheet numbers it: the header is row 1. */
    @Column(name = "row_no", nullable = false, updatable = false)
    private int rowNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_type", length = 16, updatable = false)
    private AccountType accountType;

    @Column(name = "email", length = EmailAddress.MAX_LENGTH, updatable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", length = 16, nullable = false, updatable = false)
    private ImportRowResult result;

    @Enumerated(EnumType.STRING)
    @Column(name = "problem", length = 30, updatable = false)
    private ImportProblem problem;

    @Enumerated(EnumType.STRING)
    @Column(name = "problem_column", length = 30, updatable = false)
    private ImportColumn problemColumn;

    /** The problem's message arguments, comma-separated (they are numbers). */
    @Column(name = "problem_arguments", length = ARGUMENTS_MAX, updatable = false)
    private String problemArguments;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", updatable = false)
    private Account account;

    protected AccountImportRow() {
        // for JPA
    }

    private AccountImportRow(AccountImport accountImport, int rowNumber, AccountType accountType, String email,
            ImportRowResult result) {
        if (rowNumber < 2) {
            throw new IllegalArgumentException("Data rows start at row 2, after the header");
        }
        this.accountImport = Objects.requireNonNull(accountImport);
        this.rowNumber = rowNumber;
        this.accountType = accountType;
        this.email = email == null || email.isBlank()
                ? null
                : email.substring(0, Math.min(email.length(), EmailAddress.MAX_LENGTH));
        this.result = result;
    }

    /** The row became this invited account. */
    public static AccountImportRow created(AccountImport accountImport, int rowNumber, Account account) {
        AccountImportRow row = new AccountImportRow(accountImport, rowNumber, account.getType(),
                account.getEmail().value(), ImportRowResult.CREATED);
        row.account = account;
        return row;
    }

    /**
     * The row was not created.
     *
     * @param result {@link ImportRowResult#SKIPPED} (invalid in the file) or {@link ImportRowResult#FAILED}
     * @param accountType null if the file did not name a valid type
     * @param email the address as the file wrote it
     */
    public static AccountImportRow refused(AccountImport accountImport, int rowNumber, AccountType accountType,
            String email, ImportRowResult result, ImportRowProblem problem) {
        if (result == ImportRowResult.CREATED) {
            throw new IllegalArgumentException("A refused row was not created");
        }
        AccountImportRow row = new AccountImportRow(accountImport, rowNumber, accountType, email, result);
        row.problem = problem.problem();
        row.problemColumn = problem.column().orElse(null);
        row.problemArguments = join(problem.arguments());
        return row;
    }

    private static String join(List<String> arguments) {
        if (arguments.isEmpty()) {
            return null;
        }
        String joined = String.join(ARGUMENT_SEPARATOR, arguments);
        if (arguments.stream().anyMatch(a -> a.contains(ARGUMENT_SEPARATOR)) || joined.length() > ARGUMENTS_MAX) {
            throw new IllegalArgumentException("Problem arguments are short numbers: " + arguments);
        }
        return joined;
    }

    public Long getId() {
        return id;
    }

    public int getRowNumber() {
        return rowNumber;
    }

    public Optional<AccountType> getAccountType() {
        return Optional.ofNullable(accountType);
    }

    /** The address as the file wrote it; empty if the row had none. */
    public String getEmail() {
        return email == null ? "" : email;
    }

    public ImportRowResult getResult() {
        return result;
    }

    /** Why the row was not created; empty for a created row. */
    public Optional<ImportRowProblem> getProblem() {
        if (problem == null) {
            return Optional.empty();
        }
        List<String> arguments = problemArguments == null ? List.of() : List.of(problemArguments.split(ARGUMENT_SEPARATOR));
        return Optional.of(ImportRowProblem.restore(problemColumn, problem, arguments));
    }
}

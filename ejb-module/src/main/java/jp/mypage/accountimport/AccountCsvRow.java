package jp.mypage.accountimport;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.account.EmailAddress;
import jp.mypage.domain.accountimport.ImportRowProblem;
import jp.mypage.invitation.InvitationForm;

/**
 * One data row of an account list as the preview shows it: what the file says (type, address,
 * name, as typed), the invitation it becomes, and every problem that keeps it from being created.
 */
public final class AccountCsvRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int rowNumber;
    private final String typeText;
    private final String email;
    private final String name;
    private final InvitationForm form;
    private final List<ImportRowProblem> problems = new ArrayList<>();

    AccountCsvRow(int rowNumber, String typeText, String email, String name, InvitationForm form) {
        this.rowNumber = rowNumber;
        this.typeText = typeText;
        this.email = email;
        this.name = name;
        this.form = form;
    }

    void add(ImportRowProblem problem) {
        problems.add(problem);
    }

    /** The row as a spreadsheet numbers it: the header is row 1. */
    public int getRowNumber() {
        return rowNumber;
    }

    /** The account type as the file wrote it. */
    public String getTypeText() {
        return typeText;
    }

    /** The address as the file wrote it (full-width characters made ASCII). */
    public String getEmail() {
        return email;
    }

    /** The person's name as the file wrote it. */
    public String getName() {
        return name;
    }

    public List<ImportRowProblem> getProblems() {
        return Collections.unmodifiableList(problems);
    }

    /** The problems as sentences in the operator's language, each led by its column. */
    public List<String> problemTexts(Locale locale) {
        return problems.stream().map(problem -> ImportTexts.describe(problem, locale)).toList();
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** The invitation the row becomes; empty if the file names no valid type or has too few columns. */
    Optional<InvitationForm> form() {
        return Optional.ofNullable(form);
    }

    Optional<AccountType> accountType() {
        return form().map(InvitationForm::accountType);
    }

    /** The address, if the row has a valid type and a valid address. */
    Optional<EmailAddress> address() {
        return form().filter(f -> EmailAddress.isValid(f.getEmail())).map(f -> EmailAddress.of(f.getEmail()));
    }
}

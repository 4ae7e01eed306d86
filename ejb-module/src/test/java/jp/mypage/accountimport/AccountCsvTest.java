package jp.mypage.accountimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mypage.domain.account.AccountStatus;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.account.EmailAddress;
import jp.mypage.domain.account.Profile;
import jp.mypage.domain.accountimport.ImportColumn;
import jp.mypage.domain.accountimport.ImportProblem;
import jp.mypage.domain.accountimport.ImportRowProblem;
import jp.mypage.domain.accountimport.ImportRowResult;
import jp.mypage.invitation.InvitationForm;
import jp.mypage.profile.CorporateProfileForm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AccountCsvTest {

    private static final String PERSONAL = "個人,taro@example.jp,山田 太郎,ヤマダ タロウ,03-1234-5678,株式会社サンプル,,営業部,,,";
    private static final String CORPORATE = "法人,hr@example.co.jp,佐藤 一郎,サトウ イチロウ,0312345678,株式会社サンプル,カブシキガイシャサンプル,"
            + "人事部,100-0001,\"東京都千代田区千代田1-1, 3階\",en";

    private static Validator validator;

    @BeforeAll
    static void bootstrapBeanValidation() {
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    private static byte[] file(String... dataRows) {
        String header = new String(AccountCsv.template(Locale.JAPANESE), StandardCharsets.UTF_8);
        return (header + String.join("\r\n", dataRows) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static List<AccountCsvRow> read(String... dataRows) {
        return AccountCsv.read(file(dataRows), validator);
    }

    private static List<ImportRowProblem> problems(String dataRow) {
        return read(dataRow).get(0).getProblems();
    }

    @Test
    void aPersonalAndACorporateRowBecomeInvitations() {
        List<AccountCsvRow> rows = read(PERSONAL, CORPORATE);
        assertTrue(rows.get(0).isValid(), () -> "personal row: " + rows.get(0).getProblems());
        assertTrue(rows.get(1).isValid(), () -> "corporate row: " + rows.get(1).getProblems());
        assertEquals(2, rows.get(0).getRowNumber(), "the header is row 1");

        InvitationForm personal = rows.get(0).form().orElseThrow();
        assertEquals(AccountType.PERSONAL, personal.accountType());
        assertEquals(Locale.JAPANESE, personal.locale(), "an empty language means Japanese");
        assertEquals("株式会社サンプル", personal.getProfile().toProfile().getOrganizationName(), "the employer (勤務先)");

        InvitationForm corporate = rows.get(1).form().orElseThrow();
        assertEquals(Locale.ENGLISH, corporate.locale());
        Profile company = corporate.getProfile().toProfile();
        assertEquals("佐藤 一郎", company.getPersonName(), "the person in charge");
        assertEquals("東京都千代田区千代田1-1, 3階", company.getAddress(), "a quoted comma stays in the field");
    }

    @Test
    void theTemplateIsAHeaderOnlyFileThatReadsBackAsEmpty() {
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            CsvFileException e = assertThrows(CsvFileException.class,
                    () -> AccountCsv.read(AccountCsv.template(locale), validator));
            assertEquals(CsvFileProblem.NO_ROWS, e.problem(), "the " + locale + " header is recognised");
        }
    }

    @Test
    void acceptsPersonalAndCorporateInEnglishAndFullWidthInput() {
        List<AccountCsvRow> rows = read(PERSONAL.replace("個人", "Personal"),
                CORPORATE.replace("法人", "corporate").replace("0312345678", "０３１２３４５６７８"));
        assertEquals(AccountType.PERSONAL, rows.get(0).accountType().orElseThrow());
        assertEquals(AccountType.CORPORATE, rows.get(1).accountType().orElseThrow());
        assertTrue(rows.get(1).isValid(), () -> "full-width digits are normalised: " + rows.get(1).getProblems());
    }

    @Test
    void namesAnUnknownAccountTypeAndStillChecksTheAddress() {
        assertEquals(List.of(ImportRowProblem.of(ImportColumn.ACCOUNT_TYPE, ImportProblem.ACCOUNT_TYPE),
                        ImportRowProblem.of(ImportColumn.EMAIL, ImportProblem.EMAIL)),
                problems(PERSONAL.replace("個人", "社員").replace("taro@example.jp", "taro")));
        assertEquals(List.of(ImportRowProblem.of(ImportColumn.ACCOUNT_TYPE, ImportProblem.REQUIRED)),
                problems(PERSONAL.replace("個人", "")));
    }

    @Test
    void aRowSaysItsProblemsInTheOperatorsLanguage() {
        AccountCsvRow row = read(PERSONAL.replace("taro@example.jp", "taro")).get(0);
        assertEquals(List.of("Email address: This is not a valid email address."), row.problemTexts(Locale.ENGLISH));
        assertEquals(List.of("メールアドレス: メールアドレスの形式が正しくありません。"), row.problemTexts(Locale.JAPANESE));
    }

    @Test
    void refusesABadEmailAddress() {
        assertEquals(List.of(ImportRowProblem.of(ImportColumn.EMAIL, ImportProblem.EMAIL)),
                problems(PERSONAL.replace("taro@example.jp", "taro@localhost")));
        assertEquals(List.of(ImportRowProblem.of(ImportColumn.EMAIL, ImportProblem.REQUIRED)),
                problems(PERSONAL.replace("taro@example.jp", "")));
    }

    @Test
    void requiresWhatTheSignUpFormOfTheTypeRequires() {
        String corporateWithoutPostalCode = CORPORATE.replace("100-0001", "");
        assertEquals(List.of(ImportRowProblem.of(ImportColumn.POSTAL_CODE, ImportProblem.REQUIRED)),
                problems(corporateWithoutPostalCode));
        String personalWithoutOptionalFields = "個人,taro@example.jp,山田 太郎,ヤマダ タロウ,0312345678,,,,,,";
        assertEquals(List.of(), problems(personalWithoutOptionalFields), "employer and department are optional");
        assertEquals(List.of(ImportRowProblem.of(ImportColumn.NAME, ImportProblem.REQUIRED),
                        ImportRowProblem.of(ImportColumn.PHONE, ImportProblem.REQUIRED)),
                problems("個人,taro@example.jp,,ヤマダ タロウ,,,,,,,"));
    }

    @Test
    void refusesCorporateFieldsOnAPersonalRow() {
        assertEquals(List.of(ImportRowProblem.of(ImportColumn.POSTAL_CODE, ImportProblem.NOT_FOR_PERSONAL)),
                problems(PERSONAL.replace(",営業部,,,", ",営業部,100-0001,,")));
    }

    @Test
    void checksFormatsWithTheFormsConstraints() {
        String name = "あ".repeat(Profile.PERSON_NAME_MAX + 1);
        List<ImportRowProblem> problems = problems("法人,hr@example.co.jp," + name + ",さとう,12345,株式会社サンプル,"
                + "カブシキガイシャサンプル,,1000001x,東京都,fr");
        assertEquals(List.of(
                ImportRowProblem.of(ImportColumn.NAME, ImportProblem.TOO_LONG, Profile.PERSON_NAME_MAX),
                ImportRowProblem.of(ImportColumn.NAME_KANA, ImportProblem.KANA),
                ImportRowProblem.of(ImportColumn.PHONE, ImportProblem.PHONE),
                ImportRowProblem.of(ImportColumn.POSTAL_CODE, ImportProblem.POSTAL_CODE),
                ImportRowProblem.of(ImportColumn.LANGUAGE, ImportProblem.LANGUAGE)), problems);
    }

    @Test
    void refusesARowWithMissingOrExtraColumns() {
        assertEquals(List.of(ImportRowProblem.ofRow(ImportProblem.COLUMN_COUNT, 11, 9)),
                problems("個人,taro@example.jp,山田 太郎,ヤマダ タロウ,0312345678,,,,"));
        assertEquals(List.of(ImportRowProblem.ofRow(ImportProblem.COLUMN_COUNT, 11, 12)), problems(PERSONAL + ",extra"));
        assertTrue(read(PERSONAL + ",,").get(0).isValid(), "empty trailing columns, as spreadsheets write them, are fine");
    }

    @Test
    void refusesTheSameTypeAndAddressTwiceInOneFile() {
        List<AccountCsvRow> rows = read(PERSONAL, CORPORATE.replace("hr@example.co.jp", "taro@example.jp"),
                PERSONAL.replace("taro@example.jp", " Taro@EXAMPLE.jp "));
        assertTrue(rows.get(0).isValid(), "the first row of an address stands");
        assertTrue(rows.get(1).isValid(), "one address may hold a personal and a corporate account");
        assertEquals(List.of(ImportRowProblem.of(ImportColumn.EMAIL, ImportProblem.DUPLICATE_IN_FILE, 2)),
                rows.get(2).getProblems(), "letter case and spaces do not make another address");
    }

    @Test
    void marksAddressesThatAlreadyHoldAnAccount() {
        List<AccountCsvRow> rows = read(PERSONAL, PERSONAL.replace("taro@", "jiro@"), CORPORATE);
        List<String> asked = new ArrayList<>();
        AccountCsv.markRegistered(rows, (AccountType type, Collection<EmailAddress> emails) -> {
            emails.forEach(email -> asked.add(type + " " + email));
            return type == AccountType.PERSONAL
                    ? Map.of(EmailAddress.of("taro@example.jp"), AccountStatus.ACTIVE,
                            EmailAddress.of("jiro@example.jp"), AccountStatus.INVITED)
                    : Map.of();
        });
        assertEquals(List.of("PERSONAL taro@example.jp", "PERSONAL jiro@example.jp", "CORPORATE hr@example.co.jp"), asked,
                "one question per type with all its addresses");
        assertEquals(List.of(ImportRowProblem.of(ImportColumn.EMAIL, ImportProblem.ALREADY_REGISTERED)), rows.get(0).getProblems());
        assertEquals(List.of(ImportRowProblem.of(ImportColumn.EMAIL, ImportProblem.ALREADY_INVITED)), rows.get(1).getProblems());
        assertTrue(rows.get(2).isValid());
    }

    @Test
    void refusesAFileWithoutTheTemplateHeader() {
        CsvFileException e = assertThrows(CsvFileException.class,
                () -> AccountCsv.read((PERSONAL + "\r\n").getBytes(StandardCharsets.UTF_8), validator));
        assertEquals(CsvFileProblem.HEADER, e.problem());
        String shortHeader = "種別,メールアドレス,氏名,氏名フリガナ,電話番号,法人名,法人名フリガナ,部署名,郵便番号,住所,言語\r\n";
        assertThrows(CsvFileException.class, () -> AccountCsv.read((shortHeader + PERSONAL).getBytes(StandardCharsets.UTF_8),
                validator), "種別 is not the type column's header");
        String headerWithoutBrackets = shortHeader.replace("種別", "アカウント種別");
        assertEquals(1, AccountCsv.read((headerWithoutBrackets + PERSONAL).getBytes(StandardCharsets.UTF_8), validator).size(),
                "a header without its bracketed hint is recognised");
    }

    @Test
    void refusesMoreThanTheRowLimitAndMoreThanTheSizeLimit() {
        String[] rows = new String[AccountCsv.MAX_ROWS + 1];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = PERSONAL.replace("taro@", "taro" + i + "@");
        }
        CsvFileException tooMany = assertThrows(CsvFileException.class, () -> read(rows));
        assertEquals(CsvFileProblem.TOO_MANY_ROWS, tooMany.problem());
        assertEquals(AccountCsv.MAX_ROWS, read(Arrays.copyOf(rows, AccountCsv.MAX_ROWS)).size(),
                "exactly the limit is fine");

        CsvFileException tooLarge = assertThrows(CsvFileException.class,
                () -> AccountCsv.read(new byte[AccountCsv.MAX_BYTES + 1], validator));
        assertEquals(CsvFileProblem.TOO_LARGE, tooLarge.problem());
    }

    @Test
    void writesAReportThatASpreadsheetOpens() {
        byte[] report = AccountCsv.report(List.of(
                new ImportReportRow(2, "taro@example.jp", ImportRowResult.CREATED, "作成", ""),
                new ImportReportRow(3, "=cmd", ImportRowResult.SKIPPED, "対象外", "メールアドレス: 形式が正しくありません。")),
                Locale.JAPANESE);
        List<Csv.Row> rows = Csv.read(Csv.decode(report), 10);
        assertEquals(List.of("行", "メールアドレス", "結果", "内容"), rows.get(0).fields());
        assertEquals(List.of("3", "'=cmd", "対象外", "メールアドレス: 形式が正しくありません。"), rows.get(2).fields());
    }

    @Test
    void aReportLineOfARowWithoutAnAddressHasAnEmptyAddress() {
        byte[] report = AccountCsv.report(List.of(
                new ImportReportRow(2, null, ImportRowResult.SKIPPED, "対象外", "メールアドレス: 入力してください。")),
                Locale.JAPANESE);
        assertEquals(List.of("2", "", "対象外", "メールアドレス: 入力してください。"),
                Csv.read(Csv.decode(report), 10).get(1).fields());
    }

    @Test
    void aCorporateFormIsFilledFromTheCorporateColumns() {
        CorporateProfileForm company = (CorporateProfileForm) read(CORPORATE).get(0).form().orElseThrow().getProfile();
        assertEquals("株式会社サンプル", company.getCorporateName());
        assertEquals("カブシキガイシャサンプル", company.getCorporateNameKana());
        assertEquals("人事部", company.getDepartment());
        assertFalse(company.getAddress().isBlank());
    }
}

package jp.mypage.accountimport;

import static jp.mypage.domain.accountimport.ImportColumn.ACCOUNT_TYPE;
import static jp.mypage.domain.accountimport.ImportColumn.ADDRESS;
import static jp.mypage.domain.accountimport.ImportColumn.DEPARTMENT;
import static jp.mypage.domain.accountimport.ImportColumn.EMAIL;
import static jp.mypage.domain.accountimport.ImportColumn.LANGUAGE;
import static jp.mypage.domain.accountimport.ImportColumn.NAME;
import static jp.mypage.domain.accountimport.ImportColumn.NAME_KANA;
import static jp.mypage.domain.accountimport.ImportColumn.ORGANIZATION;
import static jp.mypage.domain.accountimport.ImportColumn.ORGANIZATION_KANA;
import static jp.mypage.domain.accountimport.ImportColumn.PHONE;
import static jp.mypage.domain.accountimport.ImportColumn.POSTAL_CODE;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import jp.mypage.csv.CsvExport;
import jp.mypage.domain.account.AccountStatus;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.account.EmailAddress;
import jp.mypage.domain.accountimport.ImportColumn;
import jp.mypage.domain.accountimport.ImportProblem;
import jp.mypage.domain.accountimport.ImportRowProblem;
import jp.mypage.invitation.InvitationForm;
import jp.mypage.profile.CorporateProfileForm;
import jp.mypage.profile.PersonalProfileForm;
import jp.mypage.profile.Text;

/**
 * The account list an operator uploads to invite many accounts at once: a header row, then one row
 * per account with the sign-up forms' fields in {@link ImportColumn} order. A row is checked with
 * the forms' own constraints, as an {@link InvitationForm}; the fields a sign-up form of the type
 * requires are required here. A row that repeats the type and address of an earlier row is refused;
 * addresses already registered are marked by {@link #markRegistered}, which asks the database.
 */
public final class AccountCsv {

    public static final int MAX_ROWS = 20_000;
    public static final int MAX_MEGABYTES = 5;
    static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

    private static final List<ImportColumn> COLUMNS = List.of(ImportColumn.values());
    private static final Set<ImportColumn> CORPORATE_ONLY = EnumSet.of(ORGANIZATION_KANA, POSTAL_CODE, ADDRESS);
    private static final Map<String, AccountType> TYPES = Map.of(
            "個人", AccountType.PERSONAL, "personal", AccountType.PERSONAL,
            "法人", AccountType.CORPORATE, "corporate", AccountType.CORPORATE);
    /** The forms' constraint messages, and the problem each means in a file. */
    private static final Map<String, ImportProblem> PROBLEMS = Map.of(
            "{validation.required}", ImportProblem.REQUIRED,
            "{validation.tooLong}", ImportProblem.TOO_LONG,
            "{validation.email}", ImportProblem.EMAIL,
            "{validation.kana}", ImportProblem.KANA,
            "{validation.phone}", ImportProblem.PHONE,
            "{validation.postalCode}", ImportProblem.POSTAL_CODE,
            "{validation.language}", ImportProblem.LANGUAGE);
    /** The form properties of each type, and the column each comes from. */
    private static final Map<AccountType, Map<String, ImportColumn>> PROPERTIES = Map.of(
            AccountType.PERSONAL, Map.of("email", EMAIL, "language", LANGUAGE,
                    "profile.name", NAME, "profile.nameKana", NAME_KANA, "profile.phone", PHONE,
                    "profile.employer", ORGANIZATION, "profile.department", DEPARTMENT),
            AccountType.CORPORATE, Map.of("email", EMAIL, "language", LANGUAGE,
                    "profile.contactName", NAME, "profile.contactNameKana", NAME_KANA, "profile.phone", PHONE,
                    "profile.corporateName", ORGANIZATION, "profile.corporateNameKana", ORGANIZATION_KANA,
                    "profile.department", DEPARTMENT, "profile.postalCode", POSTAL_CODE, "profile.address", ADDRESS));

    private AccountCsv() {
    }

    /** An empty list to fill in: the header row in the operator's language. */
    static byte[] template(Locale locale) {
        return export(COLUMNS.stream().map(column -> ImportTexts.column(column, locale)).toList(), List.of());
    }

    /**
     * Every data row of the file with its problems, except whether its address is registered.
     *
     * @throws CsvFileException if the file is too large, unreadable, has no header or no rows, or
     *     has more than {@value #MAX_ROWS} rows
     */
    static List<AccountCsvRow> read(byte[] file, Validator validator) {
        if (file.length > MAX_BYTES) {
            throw new CsvFileException(CsvFileProblem.TOO_LARGE, MAX_MEGABYTES);
        }
        List<Csv.Row> records = Csv.read(Csv.decode(file), MAX_ROWS + 1);
        if (records.isEmpty() || records.get(0).number() != 1 || !isHeader(records.get(0).fields())) {
            throw new CsvFileException(CsvFileProblem.HEADER);
        }
        if (records.size() == 1) {
            throw new CsvFileException(CsvFileProblem.NO_ROWS);
        }
        if (records.size() > MAX_ROWS + 1) {
            throw new CsvFileException(CsvFileProblem.TOO_MANY_ROWS, MAX_ROWS);
        }
        List<AccountCsvRow> rows = records.stream().skip(1).map(record -> row(record, validator)).toList();
        markDuplicatesInFile(rows);
        return rows;
    }

    /**
     * Marks the rows whose type and address already hold an account.
     *
     * @param statuses the status of each existing account of a type among some addresses
     */
    static void markRegistered(List<AccountCsvRow> rows,
            BiFunction<AccountType, Collection<EmailAddress>, Map<EmailAddress, AccountStatus>> statuses) {
        for (AccountType type : AccountType.values()) {
            List<AccountCsvRow> ofType = rows.stream()
                    .filter(row -> row.accountType().filter(type::equals).isPresent() && row.address().isPresent())
                    .toList();
            if (ofType.isEmpty()) {
                continue;
            }
            Map<EmailAddress, AccountStatus> found = statuses.apply(type,
                    ofType.stream().map(row -> row.address().orElseThrow()).toList());
            for (AccountCsvRow row : ofType) {
                AccountStatus status = found.get(row.address().orElseThrow());
                if (status != null) {
                    row.add(registered(status));
                }
            }
        }
    }

    /** The problem of a row whose type and address hold an account of this status. */
    static ImportRowProblem registered(AccountStatus status) {
        return ImportRowProblem.of(EMAIL,
                status == AccountStatus.INVITED ? ImportProblem.ALREADY_INVITED : ImportProblem.ALREADY_REGISTERED);
    }

    /** The report of an import: row, address, result and details, in the operator's language. */
    static byte[] report(List<ImportReportRow> rows, Locale locale) {
        List<String> header = Stream.of("report.row", "report.email", "report.result", "report.message")
                .map(key -> ImportTexts.text(key, locale)).toList();
        return export(header, rows.stream()
                .map(row -> Arrays.asList(String.valueOf(row.rowNumber()), row.email(), row.resultText(), row.message()))
                .toList());
    }

    private static byte[] export(List<String> header, List<List<String>> rows) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try {
            CsvExport.write(file, header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail", e);
        }
        return file.toByteArray();
    }

    /** The file's first row names the columns in order, in Japanese or English. */
    private static boolean isHeader(List<String> cells) {
        if (cells.size() < COLUMNS.size()) {
            return false;
        }
        for (ImportColumn column : COLUMNS) {
            String cell = comparable(cells.get(column.ordinal()));
            boolean known = Stream.of(Locale.JAPANESE, Locale.ENGLISH)
                    .map(locale -> comparable(ImportTexts.column(column, locale)))
                    .anyMatch(label -> cell.equals(label) || cell.equals(withoutBrackets(label)));
            if (!known) {
                return false;
            }
        }
        return true;
    }

    private static String comparable(String text) {
        return Text.normalise(text).toLowerCase(Locale.ROOT).replace(" ", "");
    }

    private static String withoutBrackets(String label) {
        int bracket = label.indexOf('(');
        return bracket < 0 ? label : label.substring(0, bracket);
    }

    private static AccountCsvRow row(Csv.Row record, Validator validator) {
        List<String> fields = record.fields().stream().map(Text::normalise).toList();
        Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
        COLUMNS.forEach(column -> cells.put(column, column.ordinal() < fields.size() ? fields.get(column.ordinal()) : ""));
        boolean wrongColumns = fields.size() < COLUMNS.size()
                || fields.stream().skip(COLUMNS.size()).anyMatch(value -> !value.isEmpty());
        AccountType type = wrongColumns ? null : TYPES.get(cells.get(ACCOUNT_TYPE).toLowerCase(Locale.ROOT));
        InvitationForm form = type == null ? null : form(type, cells);
        AccountCsvRow row = new AccountCsvRow(record.number(), cells.get(ACCOUNT_TYPE), cells.get(EMAIL),
                cells.get(NAME), form);
        if (wrongColumns) {
            row.add(ImportRowProblem.ofRow(ImportProblem.COLUMN_COUNT, COLUMNS.size(), fields.size()));
        } else {
            problems(form, cells, validator).forEach(row::add);
        }
        return row;
    }

    /** The problems of a row with the right columns, in column order; {@code form} is null for an unknown type. */
    private static List<ImportRowProblem> problems(InvitationForm form, Map<ImportColumn, String> cells,
            Validator validator) {
        List<ImportRowProblem> problems = new ArrayList<>();
        if (form == null) {
            problems.add(ImportRowProblem.of(ACCOUNT_TYPE,
                    cells.get(ACCOUNT_TYPE).isEmpty() ? ImportProblem.REQUIRED : ImportProblem.ACCOUNT_TYPE));
            validator.validateValue(InvitationForm.class, "email", cells.get(EMAIL))
                    .forEach(violation -> problems.add(problem(violation, EMAIL)));
        } else {
            Map<String, ImportColumn> properties = PROPERTIES.get(form.accountType());
            validator.validate(form).forEach(violation ->
                    problems.add(problem(violation, properties.get(violation.getPropertyPath().toString()))));
            if (form.accountType() == AccountType.PERSONAL) {
                CORPORATE_ONLY.stream().filter(column -> !cells.get(column).isEmpty())
                        .forEach(column -> problems.add(ImportRowProblem.of(column, ImportProblem.NOT_FOR_PERSONAL)));
            }
        }
        return problems.stream()
                .sorted(Comparator.comparing((ImportRowProblem p) -> p.column().map(Enum::ordinal).orElse(-1))
                        .thenComparing(ImportRowProblem::problem))
                .toList();
    }

    private static InvitationForm form(AccountType type, Map<ImportColumn, String> cells) {
        InvitationForm form = new InvitationForm(type);
        form.setEmail(cells.get(EMAIL));
        if (!cells.get(LANGUAGE).isEmpty()) {
            form.setLanguage(cells.get(LANGUAGE));
        }
        if (form.getProfile() instanceof PersonalProfileForm personal) {
            personal.setName(cells.get(NAME));
            personal.setNameKana(cells.get(NAME_KANA));
            personal.setPhone(cells.get(PHONE));
            personal.setEmployer(cells.get(ORGANIZATION));
            personal.setDepartment(cells.get(DEPARTMENT));
        } else if (form.getProfile() instanceof CorporateProfileForm corporate) {
            corporate.setContactName(cells.get(NAME));
            corporate.setContactNameKana(cells.get(NAME_KANA));
            corporate.setPhone(cells.get(PHONE));
            corporate.setCorporateName(cells.get(ORGANIZATION));
            corporate.setCorporateNameKana(cells.get(ORGANIZATION_KANA));
            corporate.setDepartment(cells.get(DEPARTMENT));
            corporate.setPostalCode(cells.get(POSTAL_CODE));
            corporate.setAddress(cells.get(ADDRESS));
        }
        return form;
    }

    private static ImportRowProblem problem(ConstraintViolation<?> violation, ImportColumn column) {
        ImportProblem problem = PROBLEMS.getOrDefault(violation.getMessageTemplate(), ImportProblem.INVALID);
        Object[] arguments = problem == ImportProblem.TOO_LONG
                ? new Object[] {violation.getConstraintDescriptor().getAttributes().get("max")}
                : new Object[0];
        return column == null ? ImportRowProblem.ofRow(problem, arguments) : ImportRowProblem.of(column, problem, arguments);
    }

    /** A row that repeats the type and address of an earlier row names that row. */
    private static void markDuplicatesInFile(List<AccountCsvRow> rows) {
        Map<String, Integer> firstRows = new HashMap<>();
        for (AccountCsvRow row : rows) {
            row.address().ifPresent(address -> {
                Integer first = firstRows.putIfAbsent(row.accountType().orElseThrow() + " " + address.value(),
                        row.getRowNumber());
                if (first != null) {
                    row.add(ImportRowProblem.of(EMAIL, ImportProblem.DUPLICATE_IN_FILE, first));
                }
            });
        }
    }
}

package jp.mypage.approval;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import jp.mypage.approval.TestDatabase.Row;
import jp.mypage.domain.account.AccountStatus;
import jp.mypage.domain.account.AccountType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a check but a measurement, run on demand: the application list's first page and its counts per
 * status over 100,000 accounts. In-memory H2 by default; PostgreSQL with {@code -Dmeasure.url=...}
 * (in a schema of its own, dropped afterwards). Prints its figures.
 *
 * <pre>
 * ./mvnw -B -ntp -o -q test -pl domain-module,ejb-module -Dtest=ApplicationListMeasurement \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dmeasure=true \
 *     [-Dmeasure.url=jdbc:postgresql://localhost:5432/mypage_it -Dmeasure.user=mypage -Dmeasure.password=mypage]
 * </pre>
 */
@EnabledIfSystemProperty(named = "measure", matches = "true")
class ApplicationListMeasurement {

    private static final int ACCOUNTS = 100_000;
    private static final int RUNS = 20;
    /** On PostgreSQL the measurement works in a schema of its own and drops it afterwards. */
    private static final String SCHEMA = "application_list_measurement";

    @Test
    void firstPageAndCountsOver100000Accounts() throws SQLException {
        String url = System.getProperty("measure.url");
        TestDatabase db = url == null ? TestDatabase.h2()
                : TestDatabase.inSchema(url, System.getProperty("measure.user"), System.getProperty("measure.password"),
                        SCHEMA);
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        AccountStatus[] statuses = AccountStatus.values();
        List<Row> rows = new ArrayList<>(ACCOUNTS);
        for (int i = 1; i <= ACCOUNTS; i++) {
            // about 2 % pending approval, the rest spread over the other statuses
            AccountStatus status = i % 50 == 0 ? AccountStatus.PENDING_APPROVAL : statuses[i % statuses.length];
            AccountType type = i % 5 == 0 ? AccountType.CORPORATE : AccountType.PERSONAL;
            rows.add(new Row(i, type, status, "user" + i + "@example" + (i % 97) + ".jp", "利用者 " + i, "リヨウシャ " + i,
                    type == AccountType.CORPORATE ? "株式会社 " + i : null, type == AccountType.CORPORATE ? "カブシキガイシャ" : null,
                    start.plusSeconds(i * 300L)));
        }
        try (Connection c = db.connect()) {
            long t0 = System.nanoTime();
            db.insert(c, rows);
            if (db.isPostgreSql()) {
                c.createStatement().execute("ANALYZE account");
            }
            System.out.printf("%s: inserted %,d accounts in %d ms%n", c.getMetaData().getDatabaseProductName(), ACCOUNTS,
                    (System.nanoTime() - t0) / 1_000_000);

            ApplicationQuery pending = ApplicationQuery.pending();
            ApplicationQuery all = ApplicationQuery.all();
            ApplicationQuery corporateInAMonth = new ApplicationQuery(Set.of(AccountStatus.PENDING_APPROVAL,
                    AccountStatus.ACTIVE), AccountType.CORPORATE, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31),
                    null, ApplicationSort.CREATED_AT, false);
            ApplicationQuery text = new ApplicationQuery(Set.of(), null, null, null, "user4242", ApplicationSort.NAME,
                    true);
            measure(c, "pending, oldest first", pending);
            measure(c, "all, newest first", all);
            measure(c, "corporate, 2 statuses, one month", corporateInAMonth);
            measure(c, "free text 'user4242', by name", text);
            measure(c, "all, by status", new ApplicationQuery(Set.of(), null, null, null, null, ApplicationSort.STATUS,
                    true));
            time("last page of all (offset 99,950)", () -> run(c, ApplicationSql.page(all, ACCOUNTS - 50, 50)));
        }
        if (db.isPostgreSql()) {
            db.dropSchema(SCHEMA);
        }
    }

    private static void measure(Connection c, String label, ApplicationQuery query) {
        time(label + ": first page of 50", () -> run(c, ApplicationSql.page(query, 0, 50)));
        time(label + ": count", () -> run(c, ApplicationSql.count(query)));
        time(label + ": counts by status", () -> run(c, ApplicationSql.countsByStatus(query)));
    }

    private static int run(Connection c, ApplicationSql.Statement statement) {
        try {
            return TestDatabase.query(c, statement).size();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void time(String label, Supplier<Integer> work) {
        long cold = System.nanoTime();
        int rows = work.get(); // the first run; H2 answers the repeats of an unchanged query from its result cache
        double first = (System.nanoTime() - cold) / 1e6;
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(nanos);
        System.out.printf("  %-58s rows %5d  first %7.2f ms  median %7.2f ms  max %7.2f ms%n", label, rows, first,
                nanos[RUNS / 2] / 1e6, nanos[RUNS - 1] / 1e6);
    }
}

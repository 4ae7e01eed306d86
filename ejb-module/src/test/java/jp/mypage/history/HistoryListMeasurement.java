package jp.mypage.history;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import jp.mypage.domain.learning.LearningStatus;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a check but a measurement, run on demand: 受講履歴's first page with its count over one
 * company's 100,000 rows (10,000 learners, another company's 100,000 beside them), in-memory H2 by
 * default, PostgreSQL with {@code -Dmeasure.url=…} (in a schema of its own, dropped afterwards);
 * {@code -Dmeasure.plans=true} prints the query plans. Prints its figures.
 *
 * <pre>
 * ./mvnw -B -ntp -o -q test -pl domain-module,ejb-module -Dtest=HistoryListMeasurement \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dmeasure=true \
 *     [-Dmeasure.url=jdbc:postgresql://localhost:5432/mypage_it -Dmeasure.user=mypage -Dmeasure.password=mypage]
 * </pre>
 */
@EnabledIfSystemProperty(named = "measure", matches = "true")
class HistoryListMeasurement {

    private static final int RUNS = 50;
    /** On PostgreSQL the measurement works in a schema of its own and drops it afterwards. */
    private static final String SCHEMA = "history_measurement";

    @Test
    void firstPagesOver100000Rows() throws SQLException {
        String pg = System.getProperty("measure.url");
        // H2: no reuse of the last result of an unchanged query, so that every run is computed.
        String url = pg == null ? "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE"
                : pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        String user = pg == null ? "sa" : System.getProperty("measure.user");
        String password = pg == null ? "" : System.getProperty("measure.password");
        if (pg != null) {
            try (Connection admin = DriverManager.getConnection(pg, user, password); Statement sql = admin.createStatement()) {
                sql.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                sql.execute("CREATE SCHEMA " + SCHEMA);
            }
        }
        Flyway.configure().dataSource(url, user, password).schemas(pg == null ? new String[0] : new String[] {SCHEMA})
                .locations("classpath:jp/mypage/migration").load().migrate();
        String range = pg == null ? "SYSTEM_RANGE(%d, %d)" : "generate_series(%d, %d) AS g(x)";
        try (Connection db = DriverManager.getConnection(url, user, password); Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO account (id, version, account_type, email, password_hash, status, person_name,"
                    + " person_name_kana, department, phone, locale, created_at, failed_logins) SELECT X, 1, 'PERSONAL',"
                    + " CONCAT('l', X, '@example.test'), 'x', 'ACTIVE', CONCAT('受講者 ', X), CONCAT('ジュコウシャ ', X),"
                    + " CONCAT('部署', MOD(X, 10)), '0312345678', 'ja', CURRENT_TIMESTAMP, 0 FROM " + range.formatted(1, 10000) + "");
            sql.execute("INSERT INTO account (id, version, account_type, email, password_hash, status, person_name,"
                    + " person_name_kana, organization_name, phone, locale, created_at, failed_logins) SELECT X, 1, 'CORPORATE',"
                    + " CONCAT('c', X, '@example.test'), 'x', 'ACTIVE', '担当', 'タントウ', CONCAT('法人', X), '0312345678', 'ja',"
                    + " CURRENT_TIMESTAMP, 0 FROM " + range.formatted(20000, 20001) + "");
            sql.execute("INSERT INTO corporate_link (id, learner_id, corporate_id, status, requested_at, linked_at)"
                    + " SELECT X, X, 20000, 'ACTIVE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM " + range.formatted(1, 10000) + "");
            sql.execute("INSERT INTO course (id, version, code, title, description, delivery, price, tax_rate, access_days,"
                    + " created_at, updated_at) SELECT X, 1, CONCAT('C', X), CONCAT('研修 ', X), 'd', 'E_LEARNING', 1000, 10, 365,"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM " + range.formatted(1, 20) + "");
            // the company's 10,000 orders of 10 seats, and as many of another company's
            sql.execute("INSERT INTO training_order (id, version, order_number, request_key, buyer_id, course_id,"
                    + " course_title, delivery, unit_price, tax_rate, access_days, seat_count, net_amount, status,"
                    + " payment_method, payment_status, ordered_at) SELECT X, 1, CONCAT('N', X), CONCAT('k', X),"
                    + " CASE WHEN X <= 10000 THEN 20000 ELSE 20001 END, MOD(X, 20) + 1, CONCAT('研修 ', MOD(X, 20) + 1),"
                    + " 'E_LEARNING', 1000, 10, 365, 10, 10000, 'APPLIED', 'INVOICE', 'UNPAID',"
                    + " CURRENT_TIMESTAMP - MOD(X, 730) * INTERVAL '1' DAY FROM " + range.formatted(1, 20000) + "");
            sql.execute("INSERT INTO seat (id, version, order_id, learner_id, status, assigned_at, access_ends_at, charge,"
                    + " learning_status, progress_percent, completed_at, buyer_id, schedule_at) SELECT X, 1, (X - 1) / 10 + 1, MOD(X, 10000) + 1,"
                    + " 'ACTIVE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP + (365 - MOD(X / 10, 730)) * INTERVAL '1' DAY, 1000,"
                    + " CASE MOD(X, 4) WHEN 0 THEN 'COMPLETED' WHEN 1 THEN 'IN_PROGRESS' ELSE 'NOT_STARTED' END,"
                    + " CASE MOD(X, 4) WHEN 0 THEN 100 ELSE 0 END,"
                    + " CASE MOD(X, 4) WHEN 0 THEN CURRENT_TIMESTAMP - MOD(X, 700) * INTERVAL '1' DAY END,"
                    + " CASE WHEN X <= 100000 THEN 20000 ELSE 20001 END, CURRENT_TIMESTAMP + (365 - MOD(X / 10, 730)) * INTERVAL '1' DAY"
                    + " FROM " + range.formatted(1, 200000) + "");
            sql.execute("ANALYZE");
            if (!db.getAutoCommit()) {
                db.commit();
            }
            HistorySql.Scope company = HistorySql.Scope.company(20000);
            Instant now = Instant.now();
            HistoryQuery filtered = new HistoryQuery(null, null, "部署3", null, null, null, LearningStatus.COMPLETED,
                    HistorySort.COMPLETED_AT, false);
            for (HistoryQuery query : new HistoryQuery[] {HistoryQuery.all(), filtered,
                    HistoryQuery.all().sorted(HistorySort.LEARNER, true)}) {
                long[] times = new long[RUNS];
                long[] pages = new long[RUNS];
                long count = 0;
                for (int i = 0; i < RUNS; i++) {
                    long start = System.nanoTime();
                    Instant at = now.plusMillis(i);
                    HistorySql.list(db, HistorySql.page(company, query, at, 0, 20));
                    pages[i] = System.nanoTime() - start;
                    count = HistorySql.single(db, HistorySql.count(company, query, at));
                    times[i] = System.nanoTime() - start;
                }
                Arrays.sort(times);
                Arrays.sort(pages);
                System.out.printf("%s: %d rows, page and count p50 %.1f ms, p95 %.1f ms; the page alone p50 %.1f ms, p95 %.1f ms%n",
                        query.sort(), count, times[RUNS / 2] / 1e6, times[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6,
                        pages[RUNS / 2] / 1e6, pages[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6);
                if (Boolean.getBoolean("measure.plans")) {
                    plan(db, HistorySql.page(company, query, now, 0, 20));
                    plan(db, HistorySql.count(company, query, now));
                }
            }
            long start = System.nanoTime();
            int[] n = {0};
            HistorySql.stream(db, HistorySql.rows(company, HistoryQuery.all(), now), 1000, 200_000, row -> n[0]++);
            System.out.printf("stream of %d rows: %d ms%n", n[0], (System.nanoTime() - start) / 1_000_000);
        }
        if (pg != null) {
            try (Connection admin = DriverManager.getConnection(pg, user, password); Statement sql = admin.createStatement()) {
                sql.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
            }
        }
    }

    private static void plan(Connection db, HistorySql.Statement statement) throws SQLException {
        try (var prepared = HistorySql.prepare(db, new HistorySql.Statement("EXPLAIN " + statement.sql(), statement.parameters()));
                ResultSet plan = prepared.executeQuery()) {
            plan.next();
            System.out.println(plan.getString(1));
        }
    }
}

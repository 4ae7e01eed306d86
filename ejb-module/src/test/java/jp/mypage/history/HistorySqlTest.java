package jp.mypage.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.mypage.domain.learning.LearningStatus;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 受講履歴's SQL on an H2 database migrated by the real migrations: who sees which seat, and the filters. */
class HistorySqlTest {

    private static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");

    private Connection db;
    private long ids = 1_000;
    private long company;
    private long otherCompany;
    private long course;

    @BeforeEach
    void migrate() throws SQLException {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:jp/mypage/migration").load().migrate();
        db = DriverManager.getConnection(url, "sa", "");
        company = account("CORPORATE", "株式会社甲", null, null);
        otherCompany = account("CORPORATE", "株式会社乙", null, null);
        course = course("E_LEARNING", "情報セキュリティ基礎");
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void companySeesSeatsItBoughtAlwaysAndSelfBoughtOnlyWhenLinkedAndShared() throws SQLException {
        long bought = account("PERSONAL", "山田 太郎", "ヤマダ タロウ", null);
        long sharing = account("PERSONAL", "鈴木 花子", "スズキ ハナコ", NOW);
        long notSharing = account("PERSONAL", "佐藤 次郎", "サトウ ジロウ", null);
        long otherLearner = account("PERSONAL", "田中 三郎", "タナカ サブロウ", NOW);
        seat(order(company), bought, "COMPLETED", 100, NOW.minusSeconds(60), null);
        long sharedSeat = seat(order(sharing), sharing, "IN_PROGRESS", 40, null, null);
        seat(order(notSharing), notSharing, "IN_PROGRESS", 40, null, null);
        seat(order(otherLearner), otherLearner, "IN_PROGRESS", 40, null, null);
        seat(order(otherCompany), bought, "NOT_STARTED", 0, null, null);
        link(bought, company, "ENDED");
        link(sharing, company, "ACTIVE");
        link(notSharing, company, "ACTIVE");
        link(otherLearner, otherCompany, "ACTIVE");

        List<HistoryRow> rows = rows(HistorySql.Scope.company(company), HistoryQuery.all().sorted(HistorySort.LEARNER, true));

        assertEquals(List.of("スズキ ハナコ", "ヤマダ タロウ"), rows.stream().map(HistoryRow::learnerKana).toList(),
                "the seat it bought (learner unlinked since) and the shared self-bought one, nothing else");
        assertTrue(rows.get(0).selfBought(), "the shared one is self-bought");
        assertEquals(2, count(HistorySql.Scope.company(company), HistoryQuery.all()));

        db.createStatement().executeUpdate("UPDATE corporate_link SET status = 'ENDED' WHERE learner_id = " + sharing);
        assertEquals(List.of("ヤマダ タロウ"), rows(HistorySql.Scope.company(company), HistoryQuery.all()).stream()
                .map(HistoryRow::learnerKana).toList(), "unlinked: the self-bought seat disappears, the bought one stays");
        assertEquals(0, rows(HistorySql.Scope.company(otherCompany), HistoryQuery.all().withLearnerId(sharing)).size(),
                "another company does not find the learner by id");
        assertEquals(1, rows(HistorySql.Scope.learner(sharing), HistoryQuery.all()).size(), "the learner sees their own");
        assertEquals(sharedSeat, rows(HistorySql.Scope.learner(sharing), HistoryQuery.all()).get(0).seatId());
    }

    @Test
    void openSeatsPastTheirAccessEndShowAndFilterAsExpired() throws SQLException {
        long learner = account("PERSONAL", "山田 太郎", "ヤマダ タロウ", null);
        long order = order(company);
        seat(order, learner, "IN_PROGRESS", 30, null, NOW.minus(Duration.ofDays(1)));
        seat(order, learner, "NOT_STARTED", 0, null, NOW.plus(Duration.ofDays(5)));
        seat(order, learner, "COMPLETED", 100, NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(2)));
        HistorySql.Scope scope = HistorySql.Scope.company(company);

        assertEquals(List.of(LearningStatus.EXPIRED), statuses(scope, filter(LearningStatus.EXPIRED)));
        assertEquals(List.of(LearningStatus.NOT_STARTED), statuses(scope, filter(LearningStatus.NOT_STARTED)));
        assertEquals(List.of(LearningStatus.COMPLETED), statuses(scope, filter(LearningStatus.COMPLETED)));
        assertEquals(0, statuses(scope, filter(LearningStatus.IN_PROGRESS)).size(), "受講中 past its end is 期限切れ");

        List<CourseCompletion> byCourse = HistorySql.completions(db, HistorySql.byCourse(scope, HistoryQuery.all(), NOW));
        assertEquals(1, byCourse.size());
        CourseCompletion c = byCourse.get(0);
        assertEquals(List.of(3L, 1L, 0L, 1L, 0L, 1L), List.of(c.seats(), c.notStarted(), c.inProgress(), c.completed(),
                c.absent(), c.expired()));
        assertEquals(33, c.completionPercent());
        assertEquals(1, HistorySql.months(db, HistorySql.byMonth(scope, HistoryQuery.all(), NOW, NOW.minus(Duration.ofDays(30))))
                .get(0).completions());
        assertEquals(List.of(3L), HistorySql.completions(db, HistorySql.bySession(course, NOW)).stream()
                .map(CourseCompletion::seats).toList(), "operators: every active seat of the course");
    }

    @Test
    void searchDepartmentAndPeriodNarrowTheRows() throws SQLException {
        long learner = account("PERSONAL", "山田 太郎", "ヤマダ タロウ", null);
        long other = account("PERSONAL", "鈴木 花子", "スズキ ハナコ", null);
        db.createStatement().executeUpdate("UPDATE account SET department = '営業部' WHERE id = " + learner);
        long order = order(company);
        seat(order, learner, "NOT_STARTED", 0, null, Instant.parse("2026-12-10T01:00:00Z"));
        seat(order, other, "NOT_STARTED", 0, null, Instant.parse("2027-01-10T01:00:00Z"));
        HistorySql.Scope scope = HistorySql.Scope.company(company);

        assertEquals(1, count(scope, new HistoryQuery("やまだ", null, null, null, null, null, null, null, false)),
                "hiragana finds the katakana フリガナ");
        assertEquals(1, count(scope, new HistoryQuery(null, null, "営業部", null, null, null, null, null, false)));
        assertEquals(1, count(scope, new HistoryQuery(null, null, null, null, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 1, 31), null, null, false)));
        assertEquals(0, count(scope, new HistoryQuery("100%_\\", null, null, null, null, null, null, null, false)),
                "LIKE characters are escaped");
        for (HistorySort sort : HistorySort.values()) {
            assertEquals(2, rows(scope, HistoryQuery.all().sorted(sort, true)).size(), "sorts by " + sort);
        }
    }

    private static HistoryQuery filter(LearningStatus status) {
        return new HistoryQuery(null, null, null, null, null, null, status, null, false);
    }

    private List<LearningStatus> statuses(HistorySql.Scope scope, HistoryQuery query) throws SQLException {
        return rows(scope, query).stream().map(HistoryRow::status).toList();
    }

    private List<HistoryRow> rows(HistorySql.Scope scope, HistoryQuery query) throws SQLException {
        return HistorySql.list(db, HistorySql.page(scope, query, NOW, 0, 20));
    }

    private long count(HistorySql.Scope scope, HistoryQuery query) throws SQLException {
        return HistorySql.single(db, HistorySql.count(scope, query, NOW));
    }

    private long account(String type, String name, String kana, Instant sharedAt) throws SQLException {
        long id = ids++;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO account (id, version, account_type, email,"
                + " password_hash, status, person_name, person_name_kana, organization_name, phone, locale, created_at,"
                + " failed_logins, history_shared_at) VALUES (?, 1, ?, ?, 'x', 'ACTIVE', ?, ?, ?, '0312345678', 'ja', ?, 0, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, type);
            insert.setString(3, "a" + id + "@example.test");
            insert.setString(4, name);
            insert.setString(5, kana == null ? "カナ" : kana);
            insert.setString(6, "CORPORATE".equals(type) ? name : null);
            insert.setTimestamp(7, Timestamp.from(NOW));
            insert.setTimestamp(8, sharedAt == null ? null : Timestamp.from(sharedAt));
            insert.executeUpdate();
        }
        return id;
    }

    private long course(String delivery, String title) throws SQLException {
        long id = ids++;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO course (id, version, code, title, description,"
                + " delivery, price, tax_rate, access_days, created_at, updated_at) VALUES (?, 1, ?, ?, 'd', ?, 1000, 10, 30, ?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, "C" + id);
            insert.setString(3, title);
            insert.setString(4, delivery);
            insert.setTimestamp(5, Timestamp.from(NOW));
            insert.setTimestamp(6, Timestamp.from(NOW));
            insert.executeUpdate();
        }
        return id;
    }

    private long order(long buyer) throws SQLException {
        long id = ids++;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO training_order (id, version, order_number,"
                + " request_key, buyer_id, course_id, course_title, delivery, unit_price, tax_rate, access_days, seat_count,"
                + " net_amount, status, payment_method, payment_status, ordered_at) VALUES (?, 1, ?, ?, ?, ?,"
                + " '情報セキュリティ基礎', 'E_LEARNING', 1000, 10, 30, 1, 1000, 'APPLIED', 'INVOICE', 'UNPAID', ?)")) {
            insert.setLong(1, id);
            insert.setString(2, "N" + id);
            insert.setString(3, "k" + id);
            insert.setLong(4, buyer);
            insert.setLong(5, course);
            insert.setTimestamp(6, Timestamp.from(NOW));
            insert.executeUpdate();
        }
        return id;
    }

    private long seat(long order, long learner, String status, int progress, Instant completedAt, Instant accessEndsAt)
            throws SQLException {
        long id = ids++;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO seat (id, version, order_id, learner_id, status,"
                + " assigned_at, access_ends_at, charge, learning_status, progress_percent, completed_at, buyer_id, schedule_at)"
                + " VALUES (?, 1, ?, ?, 'ACTIVE', ?, ?, 1000, ?, ?, ?, (SELECT buyer_id FROM training_order WHERE id = ?), ?)")) {
            insert.setLong(1, id);
            insert.setLong(2, order);
            insert.setLong(3, learner);
            insert.setTimestamp(4, Timestamp.from(NOW));
            insert.setTimestamp(5, accessEndsAt == null ? Timestamp.from(NOW.plus(Duration.ofDays(30))) : Timestamp.from(accessEndsAt));
            insert.setString(6, status);
            insert.setInt(7, progress);
            insert.setTimestamp(8, completedAt == null ? null : Timestamp.from(completedAt));
            insert.setLong(9, order);
            insert.setTimestamp(10, accessEndsAt == null ? Timestamp.from(NOW.plus(Duration.ofDays(30))) : Timestamp.from(accessEndsAt));
            insert.executeUpdate();
        }
        return id;
    }

    private void link(long learner, long corporate, String status) throws SQLException {
        long id = ids++;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO corporate_link (id, learner_id, corporate_id,"
                + " status, requested_at, linked_at, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setLong(2, learner);
            insert.setLong(3, corporate);
            insert.setString(4, status);
            insert.setTimestamp(5, Timestamp.from(NOW));
            insert.setTimestamp(6, Timestamp.from(NOW));
            insert.setTimestamp(7, "ENDED".equals(status) ? Timestamp.from(NOW) : null);
            insert.executeUpdate();
        }
    }
}

package jp.mypage.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.mypage.approval.TestDatabase.Row;
import jp.mypage.domain.account.AccountStatus;
import jp.mypage.domain.account.AccountType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The application list's SQL on H2 migrated by the real migrations. */
class ApplicationSqlTest {

    /** 2026-11-23 00:00 in Tokyo. */
    private static final Instant TOKYO_MIDNIGHT = Instant.parse("2026-11-22T15:00:00Z");

    private TestDatabase db;

    @BeforeEach
    void arrange() throws SQLException {
        db = TestDatabase.h2();
        try (Connection c = db.connect()) {
            db.insert(c, List.of(
                    new Row(1, AccountType.PERSONAL, AccountStatus.PENDING_APPROVAL, "taro@example.jp", "山田 太郎",
                            "ヤマダ タロウ", null, null, TOKYO_MIDNIGHT.minusSeconds(1)),
                    new Row(2, AccountType.PERSONAL, AccountStatus.PENDING_APPROVAL, "hanako_1@example.jp", "佐藤 花子",
                            "サトウ ハナコ", null, null, TOKYO_MIDNIGHT),
                    new Row(3, AccountType.CORPORATE, AccountStatus.PENDING_APPROVAL, "hr@acme.example.jp", "鈴木 一郎",
                            "スズキ イチロウ", "Acme 100% 株式会社", "アクメ", TOKYO_MIDNIGHT.plusSeconds(3600)),
                    new Row(4, AccountType.CORPORATE, AccountStatus.ACTIVE, "info@beta.example.jp", "高橋 次郎",
                            "タカハシ ジロウ", "ベータ商事", "ベータショウジ", TOKYO_MIDNIGHT.plusSeconds(86_400)),
                    new Row(5, AccountType.PERSONAL, AccountStatus.REJECTED, "hanako1@example.jp", "田中 花子",
                            "タナカ ハナコ", null, null, TOKYO_MIDNIGHT.plusSeconds(2 * 86_400)),
                    new Row(6, AccountType.PERSONAL, AccountStatus.INVITED, "inv@example.jp", "伊藤 三郎",
                            "イトウ サブロウ", null, null, TOKYO_MIDNIGHT.plusSeconds(2 * 86_400)),
                    new Row(7, AccountType.PERSONAL, AccountStatus.PENDING_VERIFICATION, "new@example.jp", "渡辺 四郎",
                            "ワタナベ シロウ", null, null, TOKYO_MIDNIGHT.plusSeconds(3 * 86_400))));
        }
    }

    private List<Long> ids(ApplicationQuery query) throws SQLException {
        return ids(query, 0, 200);
    }

    private List<Long> ids(ApplicationQuery query, int first, int pageSize) throws SQLException {
        try (Connection c = db.connect()) {
            return TestDatabase.query(c, ApplicationSql.page(query, first, pageSize)).stream()
                    .map(ApplicationSql::row).map(ApplicationRow::accountId).toList();
        }
    }

    private long count(ApplicationQuery query) throws SQLException {
        try (Connection c = db.connect()) {
            return ((Number) TestDatabase.query(c, ApplicationSql.count(query)).get(0)[0]).longValue();
        }
    }

    private static ApplicationQuery query(Set<AccountStatus> statuses, AccountType type, LocalDate from, LocalDate to,
            String text, ApplicationSort sort, boolean ascending) {
        return new ApplicationQuery(statuses, type, from, to, text, sort, ascending);
    }

    private static ApplicationQuery text(String text) {
        return query(Set.of(), null, null, null, text, ApplicationSort.CREATED_AT, true);
    }

    @Test
    void theMigrationStartsWithAutomaticApprovalAndNotificationForBothTypes() throws SQLException {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT account_type, approval_mode, notify_operators FROM approval_setting ORDER BY account_type")) {
            assertTrue(rs.next());
            assertEquals("CORPORATE", rs.getString(1));
            assertEquals("AUTOMATIC", rs.getString(2));
            assertTrue(rs.getBoolean(3));
            assertTrue(rs.next());
            assertEquals("PERSONAL", rs.getString(1));
            assertEquals("AUTOMATIC", rs.getString(2));
            assertTrue(rs.getBoolean(3));
        }
    }

    @Test
    void pendingApplicationsOldestFirstByDefault() throws SQLException {
        assertEquals(List.of(1L, 2L, 3L), ids(ApplicationQuery.pending()));
        assertEquals(3, count(ApplicationQuery.pending()));
    }

    @Test
    void allAccountsNewestFirstWithTheIdBreakingTies() throws SQLException {
        assertEquals(List.of(7L, 6L, 5L, 4L, 3L, 2L, 1L), ids(ApplicationQuery.all()));
    }

    @Test
    void filtersByStatusesAndType() throws SQLException {
        ApplicationQuery invitedOrRejected = query(Set.of(AccountStatus.INVITED, AccountStatus.REJECTED), null, null,
                null, null, ApplicationSort.CREATED_AT, true);
        assertEquals(List.of(5L, 6L), ids(invitedOrRejected));
        ApplicationQuery corporate = query(Set.of(), AccountType.CORPORATE, null, null, null, ApplicationSort.CREATED_AT,
                true);
        assertEquals(List.of(3L, 4L), ids(corporate));
    }

    @Test
    void dayBoundsAreTokyoDaysAndInclusive() throws SQLException {
        LocalDate day = LocalDate.of(2026, 11, 23);
        ApplicationQuery onThatDay = query(Set.of(), null, day, day, null, ApplicationSort.CREATED_AT, true);
        assertEquals(List.of(2L, 3L), ids(onThatDay), "14:59:59 UTC the day before is 23:59:59 on the 22nd in Tokyo");
        ApplicationQuery until = query(Set.of(), null, null, day.minusDays(1), null, ApplicationSort.CREATED_AT, true);
        assertEquals(List.of(1L), ids(until));
    }

    @Test
    void textMatchesEmailNamesAndReadingsWithoutCase() throws SQLException {
        assertEquals(List.of(3L), ids(text("ACME")), "company name and email, case-insensitive");
        assertEquals(List.of(1L), ids(text("ＴＡＲＯ")), "full-width letters are normalised (NFKC)");
        assertEquals(List.of(4L), ids(text("ﾍﾞｰﾀ")), "half-width katakana finds the reading");
        assertEquals(List.of(2L, 5L), ids(text("花子")));
    }

    @Test
    void percentAndUnderscoreAreOrdinaryCharacters() throws SQLException {
        assertEquals(List.of(2L), ids(text("hanako_")), "_ is not a wildcard: hanako1@ does not match");
        assertEquals(List.of(3L), ids(text("100%")));
        assertEquals(List.of(3L), ids(text("%")), "a lone % matches only a literal %, which only Acme's name has");
    }

    @Test
    void sortsByEveryColumnInTheDatabase() throws SQLException {
        assertEquals(List.of(3L, 6L, 2L, 5L, 4L, 1L, 7L),
                ids(query(Set.of(), null, null, null, null, ApplicationSort.NAME, true)),
                "by the reading of the display name: アクメ, イトウ, サトウ, タナカ, ベータショウジ (the company's), ヤマダ, ワタナベ");
        assertEquals(List.of(7L, 1L, 2L, 3L, 4L, 5L, 6L),
                ids(query(Set.of(), null, null, null, null, ApplicationSort.STATUS, true)),
                "statuses in the order of an account's life, then oldest first");
        assertEquals(List.of(5L, 2L, 3L, 4L, 6L, 7L, 1L),
                ids(query(Set.of(), null, null, null, null, ApplicationSort.EMAIL, true)));
        assertEquals(List.of(3L, 4L),
                ids(query(Set.of(), null, null, null, null, ApplicationSort.TYPE, true)).subList(0, 2),
                "CORPORATE before PERSONAL");
    }

    @Test
    void pagesDoNotOverlap() throws SQLException {
        assertEquals(List.of(7L, 6L, 5L), ids(ApplicationQuery.all(), 0, 3));
        assertEquals(List.of(4L, 3L, 2L), ids(ApplicationQuery.all(), 3, 3));
        assertEquals(List.of(1L), ids(ApplicationQuery.all(), 6, 3));
    }

    @Test
    void countsPerStatusIgnoreTheStatusFilter() throws SQLException {
        ApplicationQuery pendingPersonal = query(Set.of(AccountStatus.PENDING_APPROVAL), AccountType.PERSONAL, null, null,
                null, ApplicationSort.CREATED_AT, true);
        Map<AccountStatus, Long> counts = new EnumMap<>(AccountStatus.class);
        try (Connection c = db.connect()) {
            TestDatabase.query(c, ApplicationSql.countsByStatus(pendingPersonal))
                    .forEach(row -> counts.put(AccountStatus.valueOf((String) row[0]), ((Number) row[1]).longValue()));
        }
        assertEquals(Map.of(AccountStatus.PENDING_APPROVAL, 2L, AccountStatus.REJECTED, 1L, AccountStatus.INVITED, 1L,
                AccountStatus.PENDING_VERIFICATION, 1L), counts, "the type filter applies, the status filter does not");
    }

    @Test
    void rowsCarryTheListColumns() throws SQLException {
        try (Connection c = db.connect()) {
            ApplicationRow corporate = ApplicationSql.row(TestDatabase.query(c,
                    ApplicationSql.page(text("acme"), 0, 10)).get(0));
            assertEquals(AccountType.CORPORATE, corporate.type());
            assertEquals(AccountStatus.PENDING_APPROVAL, corporate.status());
            assertEquals("Acme 100% 株式会社", corporate.displayName(), "a company shows its name");
            assertEquals(TOKYO_MIDNIGHT.plusSeconds(3600), corporate.createdAt(), "instants round-trip");
            assertEquals(Optional.of(TOKYO_MIDNIGHT.plusSeconds(4200)), corporate.emailConfirmedAt());
            assertEquals(Optional.empty(), corporate.decidedAt());
            assertTrue(corporate.isDecidable());
        }
    }

    @Test
    void likePatternsEscapeTheirSpecialCharacters() {
        assertEquals(Optional.of("%a\\%b\\_c\\\\d%"), ApplicationSql.likePattern(" A%B_C\\D "));
        assertEquals(Optional.empty(), ApplicationSql.likePattern("　"), "an ideographic space is blank after NFKC");
        assertEquals(Optional.empty(), ApplicationSql.likePattern(null));
    }
}

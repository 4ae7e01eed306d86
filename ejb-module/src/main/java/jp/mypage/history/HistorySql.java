package jp.mypage.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import jp.mypage.domain.learning.LearningStatus;
import jp.mypage.domain.training.DeliveryType;
import jp.mypage.linking.CorporateLinks;

/**
 * The SQL of 受講履歴 and 受講状況: filtering, sorting, paging and counting all happen in the
 * database, in plain SQL with {@code ?} parameters that runs unchanged on H2 2.x and PostgreSQL 15
 * (and through JDBC in the unit tests). Plain SQL rather than JPQL so that the export streams from
 * one cursor, and because EclipseLink on H2 may inline parameters.
 *
 * <p>Every statement starts from a {@link Scope}: one learner's seats, or what one company may see
 * (the seats it bought, and the seats its learners bought themselves while they are linked to it
 * now, {@link CorporateLinks#linkedNowSql}, and share their history). Only active seats with a
 * learner count: cancelled and released seats are no training of anybody's, and a seat still to
 * be named has nobody's history. 期限切れ is evaluated against the {@code now} passed in.
 *
 * <p>Instants are bound as {@link Timestamp}, as {@link jp.mypage.domain.support.InstantAttributeConverter}
 * stores them. Days are days in Asia/Tokyo.
 */
final class HistorySql {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    /**
     * The date 開催日/受講期間 sorts and the period filters on: the session's start, or the access end,
     * as the seat keeps it ({@code seat.schedule_at}).
     */
    static final String SCHEDULE = "s.schedule_at";
    private static final String OPEN = "s.learning_status IN ('NOT_STARTED', 'IN_PROGRESS')";
    private static final String SHOWN = "CASE WHEN " + OPEN + " AND s.access_ends_at <= ? THEN 'EXPIRED' ELSE s.learning_status END";
    private static final String FROM = " FROM seat s JOIN training_order o ON o.id = s.order_id"
            + " JOIN account a ON a.id = s.learner_id LEFT JOIN course_session cs ON cs.id = o.session_id";
    private static final String LIKE = " LIKE ? ESCAPE '\\'";
    private static final String COUNTS = ", COUNT(*)"
            + ", SUM(CASE WHEN s.learning_status = 'NOT_STARTED' AND (s.access_ends_at IS NULL OR s.access_ends_at > ?) THEN 1 ELSE 0 END)"
            + ", SUM(CASE WHEN s.learning_status = 'IN_PROGRESS' AND (s.access_ends_at IS NULL OR s.access_ends_at > ?) THEN 1 ELSE 0 END)"
            + ", SUM(CASE WHEN s.learning_status = 'COMPLETED' THEN 1 ELSE 0 END)"
            + ", SUM(CASE WHEN s.learning_status = 'ABSENT' THEN 1 ELSE 0 END)"
            + ", SUM(CASE WHEN " + OPEN + " AND s.access_ends_at <= ? THEN 1 ELSE 0 END)";

    /** Whose seats a statement reads: one learner's own, or what one company may see. */
    record Scope(Long learnerId, Long corporateId) {

        static Scope learner(long id) {
            return new Scope(id, null);
        }

        static Scope company(long id) {
            return new Scope(null, id);
        }
    }

    /** A statement and its parameters, in order. */
    record Statement(String sql, List<Object> parameters) {
    }

    private HistorySql() {
    }

    /**
     * One page of rows in the query's order; columns as {@link #row} reads them. The page's seat ids
     * are chosen first, from the branches of the scope with only the tables the filters and the
     * order need; the 20 rows are then read in full.
     */
    static Statement page(Scope scope, HistoryQuery query, Instant now, int first, int pageSize) {
        int offset = Math.max(0, first);
        int size = Math.max(1, pageSize);
        return rows(scope, query, now, " OFFSET " + offset + " ROWS FETCH NEXT " + size + " ROWS ONLY",
                " FETCH FIRST " + (offset + size) + " ROWS ONLY");
    }

    /** Every row in the query's order (the export). */
    static Statement rows(Scope scope, HistoryQuery query, Instant now) {
        return rows(scope, query, now, "", "");
    }

    /**
     * {@code limit}: the page of the union; {@code branchLimit}: the most rows a branch can give to
     * that page (each branch sorted and cut first, so that a branch is read from its index only as
     * far as the page reaches, instead of the union being sorted whole).
     */
    private static Statement rows(Scope scope, HistoryQuery query, Instant now, String limit, String branchLimit) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(Timestamp.from(now));
        String direction = query.ascending() ? " ASC" : " DESC";
        boolean twoKeys = query.sort() == HistorySort.LEARNER;
        String keys = twoKeys ? "a.person_name_kana AS k1, a.person_name AS k2" : sortKey(query.sort()) + " AS k1";
        List<String> branches = new ArrayList<>();
        for (Branch branch : branches(scope)) {
            if (query.sort() == HistorySort.STATUS) {
                parameters.add(Timestamp.from(now));
            }
            branches.add("SELECT s.id AS sid, " + keys + branch.from(needsAccount(scope, query), needsOrder(query))
                    + branch.where(scope, query, now, parameters, needsOrder(query)));
        }
        String order = "k1" + direction + (twoKeys ? ", k2" + direction : "") + ", sid" + direction;
        if (!branchLimit.isEmpty() && branches.size() > 1) {
            branches.replaceAll(branch -> "(" + branch + " ORDER BY " + order + branchLimit + ")");
        }
        String sql = "SELECT s.id, a.id, a.person_name, a.person_name_kana, a.department, o.course_id, o.course_title,"
                + " o.delivery, cs.starts_at, cs.ends_at, s.access_ends_at, s.progress_percent, " + SHOWN + ","
                + " s.completed_at, CASE WHEN s.buyer_id = s.learner_id THEN 1 ELSE 0 END"
                + " FROM (" + String.join(" UNION ALL ", branches) + (limit.isEmpty() ? "" : " ORDER BY " + order + limit)
                + ") p JOIN seat s ON s.id = p.sid JOIN training_order o ON o.id = s.order_id"
                + " JOIN account a ON a.id = s.learner_id LEFT JOIN course_session cs ON cs.id = o.session_id"
                + " ORDER BY " + order.replace("k1", "p.k1").replace("k2", "p.k2").replace("sid", "p.sid");
        return new Statement(sql, parameters);
    }

    /**
     * How many rows the query matches: the branches counted each, with only the tables the filters
     * need (unfiltered, a company's seats are counted from one index of seat alone).
     */
    static Statement count(Scope scope, HistoryQuery query, Instant now) {
        List<Object> parameters = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        for (Branch branch : branches(scope)) {
            boolean order = query.courseId() != null;
            counts.add("(SELECT COUNT(*)" + branch.from(needsAccount(scope, query), order)
                    + branch.where(scope, query, now, parameters, order) + ")");
        }
        return new Statement("SELECT " + String.join(" + ", counts), parameters);
    }

    /**
     * The disjoint parts of a scope: a learner's own seats; or a company's, first the seats it
     * bought, then the seats its learners linked now bought themselves and share (read from the
     * company's links, so that nobody else's purchases are scanned).
     */
    private enum Branch {
        OWN, BOUGHT, SHARED;

        /** The tables of the branch; the order only if its columns are read. */
        String from(boolean account, boolean order) {
            String orders = order ? " JOIN training_order o ON o.id = s.order_id" : "";
            String from = switch (this) {
                case OWN -> " FROM seat s JOIN training_order o ON o.id = s.order_id"
                        + (account ? " JOIN account a ON a.id = s.learner_id" : "");
                // With the order: the company's orders, then their seats (from ix_seat_order_history). Without:
                // the seat's own copy of its order's buyer, the company's seats from ix_seat_buyer_history alone.
                case BOUGHT -> (orders.isEmpty() ? " FROM seat s" : " FROM training_order o JOIN seat s ON s.order_id = o.id")
                        + (account ? " JOIN account a ON a.id = s.learner_id" : "");
                // The learners first, in a table of their own: the join order stays links → learners who
                // share → their seats, instead of every seat of every linked learner first.
                case SHARED -> " FROM (SELECT cl.learner_id AS lid FROM " + CorporateLinks.LINKED_NOW_TABLE
                        + " JOIN account sa ON sa.id = cl.learner_id WHERE " + CorporateLinks.LINKED_NOW_CONDITION
                        + " AND sa.history_shared_at IS NOT NULL) sh JOIN seat s ON s.learner_id = sh.lid" + orders
                        + (account ? " JOIN account a ON a.id = s.learner_id" : "");
            };
            return from;
        }

        String where(Scope scope, HistoryQuery query, Instant now, List<Object> parameters, boolean order) {
            List<String> conditions = new ArrayList<>();
            conditions.add("s.status = 'ACTIVE'");
            switch (this) {
                case OWN -> {
                    conditions.add("s.learner_id = ?");
                    parameters.add(scope.learnerId());
                }
                case BOUGHT -> {
                    conditions.add(order ? "o.buyer_id = ?" : "s.buyer_id = ?");
                    conditions.add("s.learner_id IS NOT NULL");
                    parameters.add(scope.corporateId());
                }
                case SHARED -> {
                    // the company's id of the FROM's learners
                    parameters.add(scope.corporateId());
                    conditions.add("s.buyer_id = s.learner_id");
                }
            }
            filters(scope, query, now, conditions, parameters);
            return " WHERE " + String.join(" AND ", conditions);
        }
    }

    private static List<Branch> branches(Scope scope) {
        return scope.learnerId() != null ? List.of(Branch.OWN) : List.of(Branch.BOUGHT, Branch.SHARED);
    }

    private static boolean needsAccount(Scope scope, HistoryQuery query) {
        return scope.corporateId() != null && (query.hasLearnerSearch() || query.hasDepartment())
                || query.sort() == HistorySort.LEARNER || query.sort() == HistorySort.DEPARTMENT;
    }

    private static boolean needsOrder(HistoryQuery query) {
        return query.courseId() != null || query.sort() == HistorySort.COURSE || query.sort() == HistorySort.DELIVERY;
    }

    private static String sortKey(HistorySort sort) {
        if (sort != HistorySort.STATUS) {
            return sort.column();
        }
        StringBuilder order = new StringBuilder("CASE ").append(SHOWN);
        for (LearningStatus status : LearningStatus.values()) {
            order.append(" WHEN '").append(status.name()).append("' THEN ").append(status.ordinal());
        }
        return order.append(" END").toString();
    }

    /** Per course: seats and 状態 counts of what the query matches, by title; columns as {@link #completion}. */
    static Statement byCourse(Scope scope, HistoryQuery query, Instant now) {
        List<Object> parameters = countParameters(now);
        return new Statement("SELECT o.course_id, MAX(o.course_title), MAX(cs.starts_at)" + COUNTS + FROM
                + where(scope, query, now, parameters) + " GROUP BY o.course_id ORDER BY 2, 1", parameters);
    }

    /** 修了 per month in Japan since {@code since}, oldest first: year, month, count. */
    static Statement byMonth(Scope scope, HistoryQuery query, Instant now, Instant since) {
        List<Object> parameters = new ArrayList<>();
        // Times are stored in the server's zone; shift them to Japan's wall clock before taking the month.
        int shift = (JAPAN.getRules().getOffset(now).getTotalSeconds()
                - ZoneId.systemDefault().getRules().getOffset(now).getTotalSeconds()) / 60;
        String local = "(s.completed_at + INTERVAL '" + shift + "' MINUTE)";
        String year = "EXTRACT(YEAR FROM " + local + ")";
        String month = "EXTRACT(MONTH FROM " + local + ")";
        String where = where(scope, query, now, parameters) + " AND s.learning_status = 'COMPLETED' AND s.completed_at >= ?";
        parameters.add(Timestamp.from(since));
        return new Statement("SELECT " + year + ", " + month + ", COUNT(*)" + FROM + where + " GROUP BY " + year + ", "
                + month + " ORDER BY " + year + ", " + month, parameters);
    }

    /** The courses of the scope (the course filter's choices): id and title, by title. */
    static Statement courses(Scope scope, Instant now) {
        List<Object> parameters = new ArrayList<>();
        return new Statement("SELECT o.course_id, MAX(o.course_title)" + FROM + where(scope, HistoryQuery.all(), now, parameters)
                + " GROUP BY o.course_id ORDER BY 2, 1", parameters);
    }

    /** The departments of the scope's learners (the department filter's choices). */
    static Statement departments(Scope scope, Instant now) {
        List<Object> parameters = new ArrayList<>();
        return new Statement("SELECT DISTINCT a.department" + FROM + where(scope, HistoryQuery.all(), now, parameters)
                + " AND a.department IS NOT NULL ORDER BY 1", parameters);
    }

    /**
     * 受講状況 for operators: every active seat of the course (named or not) per session (one row
     * for a 動画配信 course), columns as {@link #completion}.
     */
    static Statement bySession(long courseId, Instant now) {
        List<Object> parameters = countParameters(now);
        parameters.add(courseId);
        return new Statement("SELECT COALESCE(o.session_id, 0), MAX(o.course_title), MAX(cs.starts_at)" + COUNTS
                + " FROM seat s JOIN training_order o ON o.id = s.order_id LEFT JOIN course_session cs ON cs.id = o.session_id"
                + " WHERE s.status = 'ACTIVE' AND o.course_id = ? GROUP BY COALESCE(o.session_id, 0)"
                + " ORDER BY 3, 1", parameters);
    }

    private static List<Object> countParameters(Instant now) {
        Timestamp at = Timestamp.from(now);
        return new ArrayList<>(List.of(at, at, at));
    }

    /** The whole scope in one WHERE (the summaries, which read every matching row anyway). */
    private static String where(Scope scope, HistoryQuery query, Instant now, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        conditions.add("s.status = 'ACTIVE'");
        if (scope.learnerId() != null) {
            conditions.add("s.learner_id = ?");
            parameters.add(scope.learnerId());
        } else {
            conditions.add("(s.buyer_id = ? OR (s.buyer_id = s.learner_id AND a.history_shared_at IS NOT NULL AND "
                    + CorporateLinks.linkedNowSql("s.learner_id") + "))");
            parameters.add(scope.corporateId());
            parameters.add(scope.corporateId());
        }
        filters(scope, query, now, conditions, parameters);
        return " WHERE " + String.join(" AND ", conditions);
    }

    private static void filters(Scope scope, HistoryQuery query, Instant now, List<String> conditions, List<Object> parameters) {
        if (scope.corporateId() != null) {
            if (query.learnerId() != null) {
                conditions.add("s.learner_id = ?");
                parameters.add(query.learnerId());
            }
            if (query.hasLearnerSearch()) {
                conditions.add("(LOWER(a.person_name)" + LIKE + " OR a.person_name_kana" + LIKE + " OR a.email" + LIKE + ")");
                parameters.add(query.likePattern());
                parameters.add(query.kanaLikePattern());
                parameters.add(query.likePattern());
            }
            if (query.hasDepartment()) {
                conditions.add("a.department = ?");
                parameters.add(query.department());
            }
        }
        if (query.courseId() != null) {
            conditions.add("o.course_id = ?");
            parameters.add(query.courseId());
        }
        if (query.from() != null) {
            conditions.add(SCHEDULE + " >= ?");
            parameters.add(startOf(query.from()));
        }
        if (query.to() != null) {
            conditions.add(SCHEDULE + " < ?");
            parameters.add(startOf(query.to().plusDays(1)));
        }
        if (query.status() != null) {
            Timestamp at = Timestamp.from(now);
            switch (query.status()) {
                case EXPIRED -> {
                    conditions.add(OPEN + " AND s.access_ends_at <= ?");
                    parameters.add(at);
                }
                case NOT_STARTED, IN_PROGRESS -> {
                    conditions.add("s.learning_status = ? AND (s.access_ends_at IS NULL OR s.access_ends_at > ?)");
                    parameters.add(query.status().name());
                    parameters.add(at);
                }
                default -> {
                    conditions.add("s.learning_status = ?");
                    parameters.add(query.status().name());
                }
            }
        }
    }

    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(JAPAN).toInstant());
    }

    // ---- running them ----

    static PreparedStatement prepare(Connection connection, Statement statement) throws SQLException {
        PreparedStatement prepared = connection.prepareStatement(statement.sql());
        for (int i = 0; i < statement.parameters().size(); i++) {
            prepared.setObject(i + 1, statement.parameters().get(i));
        }
        return prepared;
    }

    /** Runs a row statement, handing each row on as it is read (the cursor fetches {@code fetchSize} at a time). */
    static int stream(Connection connection, Statement statement, int fetchSize, int max, Consumer<HistoryRow> sink)
            throws SQLException {
        try (PreparedStatement prepared = prepare(connection, statement)) {
            prepared.setFetchSize(fetchSize);
            prepared.setMaxRows(max);
            int rows = 0;
            try (ResultSet result = prepared.executeQuery()) {
                while (result.next()) {
                    sink.accept(row(result));
                    rows++;
                }
            }
            return rows;
        }
    }

    static List<HistoryRow> list(Connection connection, Statement statement) throws SQLException {
        List<HistoryRow> rows = new ArrayList<>();
        stream(connection, statement, 200, 0, rows::add);
        return rows;
    }

    static long single(Connection connection, Statement statement) throws SQLException {
        try (PreparedStatement prepared = prepare(connection, statement); ResultSet result = prepared.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    static List<CourseCompletion> completions(Connection connection, Statement statement) throws SQLException {
        List<CourseCompletion> rows = new ArrayList<>();
        try (PreparedStatement prepared = prepare(connection, statement); ResultSet result = prepared.executeQuery()) {
            while (result.next()) {
                rows.add(completion(result));
            }
        }
        return rows;
    }

    static List<MonthlyCompletions> months(Connection connection, Statement statement) throws SQLException {
        List<MonthlyCompletions> rows = new ArrayList<>();
        try (PreparedStatement prepared = prepare(connection, statement); ResultSet result = prepared.executeQuery()) {
            while (result.next()) {
                rows.add(new MonthlyCompletions(YearMonth.of(result.getInt(1), result.getInt(2)), result.getLong(3)));
            }
        }
        return rows;
    }

    /** Id and text pairs (courses, departments), in the statement's order. */
    static List<String[]> pairs(Connection connection, Statement statement) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement prepared = prepare(connection, statement); ResultSet result = prepared.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                rows.add(columns == 1 ? new String[] {result.getString(1)} : new String[] {result.getString(1), result.getString(2)});
            }
        }
        return rows;
    }

    private static HistoryRow row(ResultSet r) throws SQLException {
        return new HistoryRow(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5), r.getLong(6),
                r.getString(7), DeliveryType.valueOf(r.getString(8)), instant(r, 9), instant(r, 10), instant(r, 11),
                r.getInt(12), LearningStatus.valueOf(r.getString(13)), instant(r, 14), r.getInt(15) == 1);
    }

    private static CourseCompletion completion(ResultSet r) throws SQLException {
        return new CourseCompletion(r.getLong(1), r.getString(2), instant(r, 3), r.getLong(4), r.getLong(5), r.getLong(6),
                r.getLong(7), r.getLong(8), r.getLong(9));
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        Timestamp value = r.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}

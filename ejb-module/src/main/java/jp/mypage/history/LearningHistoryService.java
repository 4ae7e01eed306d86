package jp.mypage.history;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import jp.mypage.account.Accounts;
import jp.mypage.domain.account.Account;

/**
 * 受講履歴 for learners and companies, and 受講状況 for operators.
 *
 * <p>A learner sees every seat they hold, whoever paid. A company sees its learners' seats that it
 * bought, always (also after a learner unlinks), and the trainings a learner bought themself only
 * while that learner is linked to it now and shares their history (登録情報設定). The caller's
 * account always comes from the security context; ids from a page (a learner in the per-learner
 * view, a course in the filter) only narrow that bound, so another company's learner finds nothing.
 */
@Stateless
public class LearningHistoryService {

    public static final int PAGE_MAX = 200;
    /** Rows of one export (CSV or Excel), at most. */
    public static final int EXPORT_MAX = 100_000;
    /** Rows the export's cursor fetches at a time. */
    static final int FETCH_SIZE = 1_000;
    /** Months the completions chart covers, this month included. */
    public static final int CHART_MONTHS = 12;

    @Resource
    private SessionContext context;

    @Resource(lookup = "java:app/jdbc/mypage")
    private DataSource dataSource;

    @Inject
    private Clock clock;

    @Inject
    private Accounts accounts;

    // ---- the learner's own ----

    /** A page of the caller's (a learner's) own history. */
    @RolesAllowed("PERSONAL")
    public List<HistoryRow> myHistory(HistoryQuery query, int first, int pageSize) {
        return run(c -> HistorySql.list(c, HistorySql.page(mine(), query, now(), first, size(pageSize))));
    }

    @RolesAllowed("PERSONAL")
    public long countMyHistory(HistoryQuery query) {
        return run(c -> HistorySql.single(c, HistorySql.count(mine(), query, now())));
    }

    /** Whether the caller (a learner) shares the trainings they bought themself with their company. */
    @RolesAllowed("PERSONAL")
    public boolean isMyHistoryShared() {
        return me().isHistoryShared();
    }

    /** 登録情報設定: the learner shares (or stops sharing) the trainings they bought themself. */
    @RolesAllowed("PERSONAL")
    public void shareMyHistory(boolean share) {
        me().shareHistory(share, now());
    }

    // ---- a company's learners ----

    /** A page of the caller's (a company's) learners' history. */
    @RolesAllowed("CORPORATE")
    public List<HistoryRow> myLearnersHistory(HistoryQuery query, int first, int pageSize) {
        return run(c -> HistorySql.list(c, HistorySql.page(company(), query, now(), first, size(pageSize))));
    }

    @RolesAllowed("CORPORATE")
    public long countMyLearnersHistory(HistoryQuery query) {
        return run(c -> HistorySql.single(c, HistorySql.count(company(), query, now())));
    }

    /**
     * Every row the query matches, in its order, handed to {@code sink} as the cursor reads them (at
     * most {@link #EXPORT_MAX}): the export never holds the rows.
     *
     * @return how many rows were handed on
     */
    @RolesAllowed("CORPORATE")
    public int exportMyLearnersHistory(HistoryQuery query, Consumer<HistoryRow> sink) {
        return run(c -> HistorySql.stream(c, HistorySql.rows(company(), query, now()), FETCH_SIZE, EXPORT_MAX, sink));
    }

    /**
     * The learner of the per-learner view, if the caller may see any of their history: name and
     * フリガナ. Another company's learner, or one whose history is not the caller's to see, is empty.
     */
    @RolesAllowed("CORPORATE")
    public Optional<HistoryRow> findMyHistoryLearner(long learnerId) {
        return run(c -> HistorySql.list(c, HistorySql.page(company(), HistoryQuery.all().withLearnerId(learnerId), now(), 0, 1)))
                .stream().findFirst();
    }

    /** Per course: seats, 状態 counts and 修了率 of what the query matches. */
    @RolesAllowed("CORPORATE")
    public List<CourseCompletion> myLearnersCompletionByCourse(HistoryQuery query) {
        return run(c -> HistorySql.completions(c, HistorySql.byCourse(company(), query, now())));
    }

    /** 修了 per month over the last {@link #CHART_MONTHS} months of what the query matches, every month listed. */
    @RolesAllowed("CORPORATE")
    public List<MonthlyCompletions> myLearnersCompletionsByMonth(HistoryQuery query) {
        Instant now = now();
        YearMonth last = YearMonth.from(now.atZone(HistorySql.JAPAN));
        YearMonth firstMonth = last.minusMonths(CHART_MONTHS - 1L);
        Instant since = firstMonth.atDay(1).atStartOfDay(HistorySql.JAPAN).toInstant();
        Map<YearMonth, Long> counted = run(c -> HistorySql.months(c, HistorySql.byMonth(company(), query, now, since)))
                .stream().collect(Collectors.toMap(MonthlyCompletions::month, MonthlyCompletions::completions));
        List<MonthlyCompletions> months = new ArrayList<>(CHART_MONTHS);
        for (YearMonth month = firstMonth; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(new MonthlyCompletions(month, counted.getOrDefault(month, 0L)));
        }
        return months;
    }

    /** The courses in the caller's history (the course filter): id and title. */
    @RolesAllowed("CORPORATE")
    public Map<Long, String> myHistoryCourses() {
        return run(c -> HistorySql.pairs(c, HistorySql.courses(company(), now()))).stream()
                .collect(Collectors.toMap(pair -> Long.valueOf(pair[0]), pair -> pair[1], (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    /** The departments of the learners in the caller's history (the department filter). */
    @RolesAllowed("CORPORATE")
    public List<String> myHistoryDepartments() {
        return run(c -> HistorySql.pairs(c, HistorySql.departments(company(), now()))).stream().map(pair -> pair[0]).toList();
    }

    // ---- operators ----

    /** 受講状況 of a course per session (one row for 動画配信): seats, 状態 counts, 修了率. */
    @RolesAllowed("ADMIN")
    public List<CourseCompletion> courseProgress(long courseId) {
        return run(c -> HistorySql.completions(c, HistorySql.bySession(courseId, now())));
    }

    // ----

    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private <T> T run(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("受講履歴 query failed", e);
        }
    }

    private HistorySql.Scope mine() {
        return HistorySql.Scope.learner(accounts.callerId(context.getCallerPrincipal()));
    }

    private HistorySql.Scope company() {
        return HistorySql.Scope.company(accounts.callerId(context.getCallerPrincipal()));
    }

    private Account me() {
        return accounts.caller(context.getCallerPrincipal());
    }

    private Instant now() {
        return clock.instant();
    }

    private static int size(int pageSize) {
        return Math.min(Math.max(1, pageSize), PAGE_MAX);
    }
}

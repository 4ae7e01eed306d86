package jp.mypage.it.support.guard;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jp.mypage.accountimport.AccountImportService;
import jp.mypage.approval.ApprovalService;
import jp.mypage.operator.OperatorForm;
import jp.mypage.operator.OperatorService;

/**
 * Test-only, added to the portal's own web module so that it runs with the caller's login session:
 * calls operator actions of the portal's EJBs directly, as a page with a missing constraint would.
 * Answers {@code refused} when the EJB container denied the call to the caller, {@code allowed}
 * when the call got through the guard (whatever the action then decided).
 */
@Path("guard")
public class GuardResource {

    @EJB
    private ApprovalService approvals;

    @EJB
    private OperatorService operators;

    @EJB
    private AccountImportService imports;

    @GET
    @Path("approve")
    public String approve(@QueryParam("id") long accountId) {
        return attempt(() -> approvals.approve(accountId));
    }

    @GET
    @Path("create-operator")
    public String createOperator(@QueryParam("email") String email) {
        return attempt(() -> {
            OperatorForm form = new OperatorForm();
            form.setName("侵入 太郎");
            form.setEmail(email);
            form.setPassword("shinnyu-no-kokoromi 2026");
            operators.createOperator(form);
        });
    }

    @EJB
    private jp.mypage.learning.ReminderRun reminders;

    /** The reminders due now (as the hourly timer would run them, digests included); answers how many were queued. */
    @GET
    @Path("reminders")
    public String reminders() {
        try {
            return String.valueOf(jp.mypage.learning.LearningReminders.sendAll(reminders, true));
        } catch (EJBAccessException e) {
            return "refused";
        }
    }

    @EJB
    private jp.mypage.learning.LearningService learning;

    /** Opens a lesson and reports a played stretch of it, as the player would, with the caller's own session. */
    @GET
    @Path("take")
    public String take(@QueryParam("seat") long seatId, @QueryParam("lesson") long lessonId) {
        return attempt(() -> {
            learning.play(seatId, lessonId);
            learning.played(seatId, lessonId, 0, 1, 10, 1);
        });
    }

    @GET
    @Path("import")
    public String importAccounts() {
        return attempt(() -> imports.recentImports(1));
    }

    @EJB
    private jp.mypage.mail.MailFailures mailFailures;

    /** 配信エラー's 再送信 of a mail id. */
    @GET
    @Path("resend-mail")
    public String resendMail(@jakarta.ws.rs.QueryParam("id") long mailId) {
        return attempt(() -> mailFailures.resend(java.util.List.of(mailId)));
    }

    @EJB
    private jp.mypage.order.OrderService orders;

    @jakarta.inject.Inject
    private jp.mypage.account.Accounts accounts;

    /**
     * A forged application: the signed-in caller applies for the session for the account of this
     * type and email, as a tampered page would. Answers {@code placed}, or the refusal's class name.
     */
    @GET
    @Path("order")
    public String order(@QueryParam("course") long course, @QueryParam("session") long session,
            @QueryParam("type") String type, @QueryParam("email") String email) {
        long id = accounts.find(jp.mypage.domain.account.AccountType.valueOf(type), email).orElseThrow().getId();
        try {
            orders.placeOrder(new jp.mypage.order.OrderRequest(course, session == 0 ? null : session,
                    java.util.List.of(id), 0, java.util.UUID.randomUUID().toString()));
            return "placed";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }

    /**
     * Measurement: the signed-in company applies for the session for every linked learner matching
     * nothing in particular (all of them); answers the server-side time of placing the order in ms.
     */
    @GET
    @Path("order-all")
    public String orderAll(@QueryParam("course") long course, @QueryParam("session") long session) {
        java.util.List<Long> ids = orders.linkedLearnerIds(jp.mypage.linking.LearnerQuery.all());
        long start = System.nanoTime();
        jp.mypage.order.OrderPlaced placed = orders.placeOrder(new jp.mypage.order.OrderRequest(course, session, ids, 0,
                java.util.UUID.randomUUID().toString()));
        long ms = (System.nanoTime() - start) / 1_000_000;
        return ids.size() + " " + ms + " " + placed.orderNumber();
    }

    /** Measurement: p50 and p95 (ms) of the first page of お申込み履歴一覧 with its count, over {@code runs} runs. */
    @GET
    @Path("history-timing")
    public String historyTiming(@QueryParam("runs") int runs) {
        long[] times = new long[runs];
        int rows = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            rows = orders.myOrders(jp.mypage.order.OrderQuery.all(), 0, 20).size();
            orders.countMyOrders(jp.mypage.order.OrderQuery.all());
            times[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(times);
        return rows + " " + times[runs / 2] / 1_000_000.0 + " " + times[(int) Math.ceil(runs * 0.95) - 1] / 1_000_000.0;
    }

    @EJB
    private jp.mypage.history.LearningHistoryService learningHistory;

    @jakarta.annotation.Resource(lookup = "java:app/jdbc/mypage")
    private javax.sql.DataSource dataSource;

    @jakarta.ws.rs.core.Context
    private jakarta.ws.rs.core.SecurityContext principal;

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(java.time.ZoneId.of("Asia/Tokyo"));

    /** A row's cells as the export servlet writes them (the same kinds and amount of text; the labels' lookup aside). */
    private static java.util.List<String> fields(jp.mypage.history.HistoryRow row) {
        return java.util.Arrays.asList(row.learnerName(), row.learnerKana(), row.department(), row.courseTitle(),
                row.delivery().name(), row.startsAt() != null ? DAY.format(row.startsAt())
                        : row.accessEndsAt() == null ? "" : DAY.format(row.accessEndsAt()) + "まで",
                row.progressPercent() + "%", row.status().name(), row.completedAt() == null ? "" : DAY.format(row.completedAt()));
    }

    /**
     * Measurement: p50 and p95 (ms) of the signed-in company's 受講履歴 first page with its count,
     * over {@code runs} runs, unfiltered or (filtered=true) 修了 in one 部署 and one course, sorted by
     * 修了日; {@code fresh=true}: the data changes before each run (no result cache can answer).
     * Answers "rows p50 p95 count cpuP50 cpuP95" (ms; the CPU time of this thread).
     */
    @GET
    @Path("learning-history-timing")
    public String learningHistoryTiming(@QueryParam("runs") int runs, @QueryParam("filtered") boolean filtered,
            @QueryParam("course") Long course, @QueryParam("fresh") boolean fresh) throws java.sql.SQLException {
        jp.mypage.history.HistoryQuery query = filtered
                ? new jp.mypage.history.HistoryQuery(null, null, "部署3", course, null, null,
                        jp.mypage.domain.learning.LearningStatus.COMPLETED, jp.mypage.history.HistorySort.COMPLETED_AT, false)
                : jp.mypage.history.HistoryQuery.all();
        long[] times = new long[runs];
        long[] cpu = new long[runs];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int rows = 0;
        long count = 0;
        for (int i = 0; i < runs; i++) {
            if (fresh) {
                // A write before each run, as other users' work would make: H2 reuses the result of an
                // unchanged query over unchanged data, which would measure its cache instead.
                try (java.sql.Connection connection = dataSource.getConnection();
                        java.sql.PreparedStatement touch = connection.prepareStatement(
                                "UPDATE account SET last_login_at = ? WHERE id = ?")) {
                    touch.setTimestamp(1, java.sql.Timestamp.from(java.time.Instant.now()));
                    touch.setLong(2, accounts.callerId(principal.getUserPrincipal()));
                    touch.executeUpdate();
                }
            }
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            rows = learningHistory.myLearnersHistory(query, 0, 20).size();
            count = learningHistory.countMyLearnersHistory(query);
            times[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        java.util.Arrays.sort(times);
        java.util.Arrays.sort(cpu);
        int p95 = (int) Math.ceil(runs * 0.95) - 1;
        // The CPU time is this thread's: with embedded H2 it includes the database's work, with PostgreSQL it does not.
        return rows + " " + times[runs / 2] / 1_000_000.0 + " " + times[p95] / 1_000_000.0 + " " + count + " "
                + cpu[runs / 2] / 1_000_000.0 + " " + cpu[p95] / 1_000_000.0;
    }

    /**
     * Measurement: the signed-in company's whole 受講履歴 as Excel, written as the export servlet
     * writes it, into a stream that only counts bytes. Answers "rows ms bytes heapBeforeMB heapPeakMB
     * allocatedMB": the used heap after a GC before, the highest used heap seen every 5,000 rows.
     */
    @GET
    @Path("learning-history-export")
    public String learningHistoryExport() throws java.io.IOException {
        long[] bytes = {0};
        java.io.OutputStream counting = new java.io.OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        };
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        long[] peak = {before};
        int[] written = {0};
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        int rows;
        try (jp.mypage.history.XlsxSheet sheet = new jp.mypage.history.XlsxSheet(counting, "受講履歴",
                java.util.List.of("受講者", "フリガナ", "部署", "研修名", "形式", "開催日／受講期間", "進捗", "状態", "修了日"))) {
            rows = learningHistory.exportMyLearnersHistory(jp.mypage.history.HistoryQuery.all(), row -> {
                sheet.add(fields(row));
                if (++written[0] % 5_000 == 0) {
                    peak[0] = Math.max(peak[0], runtime.totalMemory() - runtime.freeMemory());
                }
            });
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        return rows + " " + ms + " " + bytes[0] + " " + before / 1_048_576 + " " + peak[0] / 1_048_576 + " "
                + allocated / 1_048_576;
    }

    private static String attempt(Runnable call) {
        try {
            call.run();
            return "allowed";
        } catch (EJBAccessException e) {
            return "refused";
        } catch (RuntimeException e) {
            // Past the guard: the action itself refused (no such application, say).
            return "allowed";
        }
    }
}

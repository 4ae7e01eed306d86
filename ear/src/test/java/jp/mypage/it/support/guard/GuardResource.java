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
            return String.valueOf(reminders.all(true));
        } catch (EJBAccessException e) {
            return "refused";
        }
    }

    @GET
    @Path("import")
    public String importAccounts() {
        return attempt(() -> imports.recentImports(1));
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

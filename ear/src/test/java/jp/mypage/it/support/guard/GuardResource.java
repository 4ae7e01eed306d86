package jp.mypage.it.support.guard;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jp.mypage.approval.ApprovalService;
import jp.mypage.invitation.AccountImportService;
import jp.mypage.operator.OperatorForm;
import jp.mypage.operator.OperatorService;

/**
 * Test-only: calls operator actions of the portal's EJBs directly, without an operator's identity,
 * as a page with a missing constraint would. Answers {@code refused} when the container denied the
 * call, {@code allowed} when it ran.
 */
@Path("guard")
public class GuardResource {

    @EJB
    private ApprovalService approvals;

    @EJB
    private OperatorService operators;

    @EJB
    private AccountImportService imports;

    @POST
    @Path("approve")
    public String approve(@QueryParam("id") long accountId) {
        return attempt(() -> approvals.approve(accountId));
    }

    @POST
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

    @POST
    @Path("import")
    public String importAccounts() {
        return attempt(() -> imports.recentImports(1));
    }

    private static String attempt(Runnable call) {
        try {
            call.run();
            return "allowed";
        } catch (EJBAccessException e) {
            return "refused";
        }
    }
}

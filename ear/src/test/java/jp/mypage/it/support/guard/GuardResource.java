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

    @GET
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
        } catch (RuntimeException e) {
            // Past the guard: the action itself refused (no such application, say).
            return "allowed";
        }
    }
}

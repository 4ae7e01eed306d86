package jp.mypage.training;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import jp.mypage.account.Accounts;
import jp.mypage.domain.training.TrainingOrder;

/**
 * お申込み履歴一覧 of the signed-in account holder: their own orders, newest first. The buyer is the
 * caller, taken from the security context, so no parameter can show another holder's orders.
 */
@Stateless
@RolesAllowed({"PERSONAL", "CORPORATE"})
public class ApplicationHistoryService {

    static final int NEWEST = 200;

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    public List<TrainingOrder> myOrders() {
        long buyerId = accounts.callerId(context.getCallerPrincipal());
        return em.createNamedQuery(TrainingOrder.OF_BUYER, TrainingOrder.class)
                .setParameter("buyerId", buyerId)
                .setMaxResults(NEWEST)
                .getResultList();
    }
}

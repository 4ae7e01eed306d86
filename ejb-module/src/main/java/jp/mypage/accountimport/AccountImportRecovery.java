package jp.mypage.accountimport;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;
import jp.mypage.domain.accountimport.AccountImport;
import jp.mypage.domain.accountimport.ImportStatus;

/**
 * At deployment, ends the import runs a stopped server left running: their background work died
 * with the server. Their processed rows keep their results; the operator imports the file again,
 * and the rows already created show as already invited. Assumes one server runs the portal.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class AccountImportRecovery {

    private static final Logger LOG = Logger.getLogger(AccountImportRecovery.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void endInterruptedRuns() {
        int ended = em.createNamedQuery(AccountImport.END_RUNNING)
                .setParameter("status", ImportStatus.INTERRUPTED)
                .setParameter("now", clock.instant())
                .setParameter("running", ImportStatus.RUNNING)
                .executeUpdate();
        if (ended > 0) {
            LOG.warning(() -> ended + " account list import(s) were interrupted by a server stop");
        }
    }
}

package jp.mypage.accountimport;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import jp.mypage.domain.accountimport.AccountImport;
import jp.mypage.domain.accountimport.ImportStatus;

/**
 * Ends the import runs whose server died with them: a run whose node has committed no batch for
 * {@link #SILENCE} is ended as interrupted, at deployment and every minute after, by whichever node
 * looks. The runs of living nodes (on a cluster, the other nodes) keep running: each of their batches
 * of {@value AccountImportJob#BATCH_SIZE} rows is a sign of life, and takes seconds. Rows committed
 * before the stop keep their results and counts (each batch commits its rows and its count together);
 * the operator imports the file again, and the rows already created show as already invited.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AccountImportRecovery {

    /** How long a running import may go without a committed batch before it counts as abandoned. */
    static final Duration SILENCE = Duration.ofMinutes(5);

    private static final Logger LOG = Logger.getLogger(AccountImportRecovery.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @PostConstruct
    void atDeployment() {
        endAbandonedRuns();
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    public void endAbandonedRuns() {
        Instant now = clock.instant();
        int ended = em.createNamedQuery(AccountImport.END_ABANDONED)
                .setParameter("status", ImportStatus.INTERRUPTED)
                .setParameter("now", now)
                .setParameter("running", ImportStatus.RUNNING)
                .setParameter("silentSince", now.minus(SILENCE))
                .executeUpdate();
        if (ended > 0) {
            LOG.warning(() -> ended + " account list import(s) were interrupted: their server stopped"
                    + " (no progress for " + SILENCE.toMinutes() + " minutes)");
        }
    }
}

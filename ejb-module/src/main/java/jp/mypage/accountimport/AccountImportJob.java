package jp.mypage.accountimport;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.mypage.account.Accounts;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.account.AccountStatus;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.account.EmailAddress;
import jp.mypage.domain.accountimport.AccountImport;
import jp.mypage.domain.accountimport.AccountImportRow;
import jp.mypage.domain.accountimport.ImportProblem;
import jp.mypage.domain.accountimport.ImportRowProblem;
import jp.mypage.domain.accountimport.ImportRowResult;
import jp.mypage.invitation.InvitationForm;
import jp.mypage.invitation.Invitations;

/**
 * Creates the accounts of an account list in the background, {@value #BATCH_SIZE} rows at a time:
 * each batch creates its accounts, queues their mails, writes their report lines and advances the
 * progress in one transaction of its own, with batched inserts. A batch that fails (an address
 * registered in the moment between the check and the insert, say) is retried row by row, so one row
 * cannot cost its neighbours; a row that fails alone is reported as failed.
 *
 * <p>Each batch also proves the node alive ({@link AccountImport#getHeartbeatAt()}); a run that another
 * node ended as interrupted meanwhile ({@link AccountImportRecovery}) takes no more batches.
 *
 * <p>Called by {@link AccountImportService} only. Its transactional steps are called through the
 * container ({@link SessionContext#getBusinessObject}), which a plain {@code this} call would bypass.
 */
@Stateless
@RolesAllowed("ADMIN")
public class AccountImportJob {

    private static final Logger LOG = Logger.getLogger(AccountImportJob.class.getName());

    static final int BATCH_SIZE = 500;

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Accounts accounts;

    @Inject
    private Invitations invitations;

    /**
     * Records a new import run with its invalid rows as skipped, and commits at once, so the run
     * exists before its background work starts and the page can poll it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long open(String operator, List<AccountCsvRow> rows) {
        List<AccountCsvRow> invalid = rows.stream().filter(row -> !row.isValid()).toList();
        AccountImport run = new AccountImport(operator, rows.size(), invalid.size(), clock.instant());
        em.persist(run);
        invalid.forEach(row -> em.persist(AccountImportRow.refused(run, row.getRowNumber(),
                row.accountType().orElse(null), row.getEmail(), ImportRowResult.SKIPPED, row.getProblems().get(0))));
        return run.getId();
    }

    /** Creates the valid rows of an opened run, then ends it. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(long importId, String operator, List<AccountCsvRow> validRows) {
        AccountImportJob self = context.getBusinessObject(AccountImportJob.class);
        try {
            for (int from = 0; from < validRows.size(); from += BATCH_SIZE) {
                int to = Math.min(from + BATCH_SIZE, validRows.size());
                createOrSplit(self, importId, operator, validRows.subList(from, to));
            }
            self.finish(importId);
        } catch (ImportEndedException e) {
            LOG.warning(e::getMessage);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Account list import " + importId + " stopped", e);
            self.fail(importId);
        }
    }

    private void createOrSplit(AccountImportJob self, long importId, String operator, List<AccountCsvRow> batch) {
        try {
            self.createBatch(importId, operator, batch);
        } catch (EJBException e) {
            if (batch.size() > 1) {
                LOG.log(Level.INFO, "Account list import {0}: a batch failed ({1}); retrying its rows one by one",
                        new Object[] {importId, e.getMessage()});
                batch.forEach(row -> createOrSplit(self, importId, operator, List.of(row)));
            } else {
                LOG.log(Level.WARNING, "Account list import " + importId + ": row " + batch.get(0).getRowNumber()
                        + " not created", e);
                self.recordFailure(importId, batch.get(0));
            }
        }
    }

    /** One batch: an invited account per row, unless its address was registered since the preview. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createBatch(long importId, String operator, List<AccountCsvRow> batch) {
        AccountImport run = em.find(AccountImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (!run.isRunning()) {
            throw new ImportEndedException(importId, run.getStatus());
        }
        Map<AccountType, Map<EmailAddress, AccountStatus>> registered = new EnumMap<>(AccountType.class);
        for (AccountType type : AccountType.values()) {
            registered.put(type, accounts.statusesOf(type, batch.stream()
                    .filter(row -> row.accountType().orElseThrow() == type)
                    .map(row -> row.address().orElseThrow())
                    .toList()));
        }
        int created = 0;
        for (AccountCsvRow row : batch) {
            InvitationForm form = row.form().orElseThrow();
            AccountStatus existing = registered.get(form.accountType()).get(row.address().orElseThrow());
            if (existing == null) {
                Account account = invitations.createFromList(form, operator,
                        "account list import " + importId + ", row " + row.getRowNumber());
                em.persist(AccountImportRow.created(run, row.getRowNumber(), account));
                created++;
            } else {
                em.persist(AccountImportRow.refused(run, row.getRowNumber(), form.accountType(), row.getEmail(),
                        ImportRowResult.FAILED, AccountCsv.registered(existing)));
            }
        }
        run.progressed(created, batch.size() - created, clock.instant());
    }

    /** A row that could not be created even alone. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(long importId, AccountCsvRow row) {
        AccountImport run = em.find(AccountImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (!run.isRunning()) {
            throw new ImportEndedException(importId, run.getStatus());
        }
        em.persist(AccountImportRow.refused(run, row.getRowNumber(), row.accountType().orElse(null), row.getEmail(),
                ImportRowResult.FAILED, ImportRowProblem.ofRow(ImportProblem.NOT_CREATED)));
        run.progressed(0, 1, clock.instant());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long importId) {
        em.find(AccountImport.class, importId).finish(clock.instant());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long importId) {
        em.find(AccountImport.class, importId).fail(clock.instant());
    }
}

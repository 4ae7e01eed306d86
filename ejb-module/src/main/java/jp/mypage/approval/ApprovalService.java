package jp.mypage.approval;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.account.AccountEvent;
import jp.mypage.domain.account.AccountStatus;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.approval.ApprovalMode;
import jp.mypage.domain.approval.ApprovalSetting;
import jp.mypage.domain.approval.ApprovalSettingChange;

/**
 * The operator's side of administrator approval: the approval mode per account type and its change
 * record; the account application screen (アカウント申請管理) with search, paging, counts per status
 * and each application's history; and 承認する / 承認しない, one by one or in bulk. Every change
 * records the operator's principal name ({@code operator:12}) as its actor.
 */
@Stateless
@RolesAllowed("ADMIN")
public class ApprovalService {

    /** The most rows one page of the application list may have. */
    public static final int PAGE_MAX = 200;
    /** The most applications one bulk decision may name. */
    public static final int BULK_MAX = 500;
    static final int CHANGES_MAX = 500;

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private ApplicationDecisions decisions;

    /** The setting of every account type, personal first. */
    public List<ApprovalSettingView> settings() {
        return em.createNamedQuery(ApprovalSetting.ALL, ApprovalSetting.class).getResultStream()
                .sorted(Comparator.comparing(ApprovalSetting::getType))
                .map(s -> new ApprovalSettingView(s.getType(), s.getMode(), s.isNotifyOperators(), s.getChangedAt(),
                        s.getChangedBy()))
                .toList();
    }

    /**
     * Sets the approval mode of a type and whether operators are mailed about new applications, and
     * records the change. Applications already waiting keep waiting when the mode becomes 自動承認:
     * an operator decides them.
     */
    public void changeSetting(@NotNull AccountType type, @NotNull ApprovalMode mode, boolean notifyOperators) {
        ApprovalSetting setting = em.find(ApprovalSetting.class, Objects.requireNonNull(type).name(),
                LockModeType.PESSIMISTIC_WRITE);
        if (setting == null) {
            throw new IllegalStateException("No approval setting for " + type + ": migration V5 creates one per type");
        }
        em.persist(setting.change(Objects.requireNonNull(mode), notifyOperators, operator(), clock.instant()));
    }

    /** The latest changes of the approval settings, newest first; at most {@value #CHANGES_MAX}. */
    public List<ApprovalSettingChange> settingChanges(int max) {
        return em.createNamedQuery(ApprovalSettingChange.RECENT, ApprovalSettingChange.class)
                .setMaxResults(Math.min(Math.max(1, max), CHANGES_MAX))
                .getResultList();
    }

    /** One page of the application list; at most {@value #PAGE_MAX} rows. */
    public List<ApplicationRow> applications(@NotNull ApplicationQuery query, int first, int pageSize) {
        ApplicationSql.Statement statement = ApplicationSql.page(query, first, Math.min(pageSize, PAGE_MAX));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(statement.sql()), statement).getResultList();
        return rows.stream().map(ApplicationSql::row).toList();
    }

    /** How many applications the query finds (its statuses included). */
    public long countApplications(@NotNull ApplicationQuery query) {
        ApplicationSql.Statement statement = ApplicationSql.count(query);
        return ((Number) bind(em.createNativeQuery(statement.sql()), statement).getSingleResult()).longValue();
    }

    /** How many applications the query finds per status, ignoring its statuses; every status has an entry. */
    public Map<AccountStatus, Long> countsByStatus(@NotNull ApplicationQuery query) {
        ApplicationSql.Statement statement = ApplicationSql.countsByStatus(query);
        Map<AccountStatus, Long> counts = new EnumMap<>(AccountStatus.class);
        for (AccountStatus status : AccountStatus.values()) {
            counts.put(status, 0L);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(statement.sql()), statement).getResultList();
        rows.forEach(row -> counts.put(AccountStatus.valueOf((String) row[0]), ((Number) row[1]).longValue()));
        return counts;
    }

    /**
     * An application's page: its profile, status and whole history.
     *
     * @throws ApplicationNotFoundException if no account has this id
     */
    public ApplicationDetail application(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new ApplicationNotFoundException(accountId);
        }
        List<ApplicationEvent> history = em.createNamedQuery(AccountEvent.HISTORY, AccountEvent.class)
                .setParameter("accountId", accountId)
                .getResultStream()
                .map(e -> new ApplicationEvent(e.getType(), e.getStatusAfter(), e.getActor(), e.getOccurredAt(),
                        e.getDetail()))
                .toList();
        return new ApplicationDetail(account.getId(), account.getType(), account.getStatus(),
                account.getEmail().value(), account.getProfile(), account.getLocale(), account.getCreatedAt(),
                account.getEmailConfirmedAt(), account.getDecidedAt(), account.getLastLoginAt(), history);
    }

    /**
     * 承認する: the account becomes active and its holder is mailed, with the login link.
     *
     * @throws AlreadyDecidedException unless the application waits for a decision
     * @throws ApplicationNotFoundException if no account has this id
     */
    public void approve(long accountId) {
        decisions.approve(accountId, operator());
    }

    /**
     * 承認しない: the account is rejected and can never log in.
     *
     * @param notifyByMail メールで通知する: mail the holder, with the reason if one is given
     * @param reason why, for the history and the mail; optional
     * @throws AlreadyDecidedException unless the application waits for a decision
     * @throws ApplicationNotFoundException if no account has this id
     */
    public void reject(long accountId, boolean notifyByMail,
            @Size(max = Account.REASON_MAX, message = "{validation.tooLong}") String reason) {
        requireReason(reason);
        decisions.reject(accountId, operator(), notifyByMail, reason);
    }

    /**
     * 承認する for each application, each in its own transaction: one that is decided already (or
     * unknown) is counted and skipped and does not undo the others.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BulkDecision approveAll(@NotNull Collection<Long> accountIds) {
        String operator = operator();
        return each(accountIds, id -> decisions.approve(id, operator));
    }

    /** 承認しない for each application, as {@link #approveAll} does. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BulkDecision rejectAll(@NotNull Collection<Long> accountIds, boolean notifyByMail,
            @Size(max = Account.REASON_MAX, message = "{validation.tooLong}") String reason) {
        requireReason(reason);
        String operator = operator();
        return each(accountIds, id -> decisions.reject(id, operator, notifyByMail, reason));
    }

    private static BulkDecision each(Collection<Long> accountIds, java.util.function.LongConsumer decision) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(accountIds));
        if (ids.size() > BULK_MAX) {
            throw new IllegalArgumentException("At most " + BULK_MAX + " applications at once, not " + ids.size());
        }
        int decided = 0;
        List<Long> alreadyDecided = new ArrayList<>();
        for (long id : ids) {
            try {
                decision.accept(id);
                decided++;
            } catch (AlreadyDecidedException | ApplicationNotFoundException e) {
                alreadyDecided.add(id);
            }
        }
        return new BulkDecision(decided, List.copyOf(alreadyDecided));
    }

    private static void requireReason(String reason) {
        if (reason != null && reason.strip().length() > Account.REASON_MAX) {
            throw new IllegalArgumentException("Reason longer than " + Account.REASON_MAX);
        }
    }

    private static Query bind(Query query, ApplicationSql.Statement statement) {
        for (int i = 0; i < statement.parameters().size(); i++) {
            query.setParameter(i + 1, statement.parameters().get(i));
        }
        return query;
    }

    private String operator() {
        return context.getCallerPrincipal().getName();
    }
}

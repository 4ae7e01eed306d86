package jp.mypage.linking;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.mypage.account.Accounts;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.account.AccountEvent;
import jp.mypage.domain.account.AccountEventType;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.linking.CorporateLink;

/**
 * 法人ID連携 for both sides. A learner links to the corporate account whose email they enter
 * (moving an existing link) or unlinks; a corporate account sees its own active links only.
 */
@Stateless
public class LinkingService {

    static final int PAGE_MAX = 200;

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Accounts accounts;

    /** The caller's (a learner's) current link. */
    @RolesAllowed("PERSONAL")
    public Optional<LinkSummary> myLink() {
        return activeLink(me()).map(LinkingService::summary);
    }

    /**
     * Links the caller to the active corporate account with this email; an existing link to
     * another company ends.
     *
     * @throws UnknownCorporateException if no active corporate account has the email
     */
    @RolesAllowed("PERSONAL")
    public LinkSummary linkTo(String corporateEmail) {
        Account corporate = accounts.find(AccountType.CORPORATE, corporateEmail)
                .filter(Account::canLogIn)
                .orElseThrow(UnknownCorporateException::new);
        Account learner = me();
        em.lock(learner, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        Optional<CorporateLink> current = activeLink(learner);
        if (current.isPresent() && current.get().getCorporate().getId().equals(corporate.getId())) {
            return summary(current.get());
        }
        current.ifPresent(link -> end(link, now));
        CorporateLink link = new CorporateLink(learner, corporate, now);
        em.persist(link);
        em.persist(learner.record(AccountEventType.LINKED_TO_CORPORATE, AccountEvent.ACTOR_SELF, now,
                "corporate account " + corporate.getId()));
        return summary(link);
    }

    /** Ends the caller's link, if any; the learner stays a full personal account. */
    @RolesAllowed("PERSONAL")
    public void unlink() {
        Account learner = me();
        em.lock(learner, LockModeType.PESSIMISTIC_WRITE);
        activeLink(learner).ifPresent(link -> end(link, clock.instant()));
    }

    /** 連携者一覧 of the caller (a corporate account): its active links, newest first. */
    @RolesAllowed("CORPORATE")
    public List<LinkedLearner> myLinkedLearners(int first, int pageSize) {
        return em.createNamedQuery(CorporateLink.ACTIVE_OF_CORPORATE, CorporateLink.class)
                .setParameter("corporate", me())
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, pageSize), PAGE_MAX))
                .getResultStream()
                .map(link -> new LinkedLearner(link.getLearner().getProfile().getPersonName(),
                        link.getLearner().getProfile().getPersonNameKana(), link.getLearner().getEmail().value(),
                        link.getLinkedAt()))
                .toList();
    }

    /** How many learners are linked to the caller (a corporate account). */
    @RolesAllowed("CORPORATE")
    public int countMyLinkedLearners() {
        return em.createNamedQuery(CorporateLink.COUNT_ACTIVE_OF_CORPORATE, Long.class)
                .setParameter("corporate", me())
                .getSingleResult()
                .intValue();
    }

    private void end(CorporateLink link, Instant at) {
        link.end(at);
        em.persist(link.getLearner().record(AccountEventType.UNLINKED_FROM_CORPORATE, AccountEvent.ACTOR_SELF, at,
                "corporate account " + link.getCorporate().getId()));
    }

    private Optional<CorporateLink> activeLink(Account learner) {
        return em.createNamedQuery(CorporateLink.ACTIVE_OF_LEARNER, CorporateLink.class)
                .setParameter("learner", learner)
                .getResultStream()
                .findFirst();
    }

    private static LinkSummary summary(CorporateLink link) {
        return new LinkSummary(link.getCorporate().getProfile().getOrganizationName(),
                link.getCorporate().getEmail().value(), link.getLinkedAt());
    }

    private Account me() {
        return accounts.caller(context.getCallerPrincipal());
    }
}

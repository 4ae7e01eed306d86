package jp.mypage.linking;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.mypage.account.Accounts;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.account.AccountEvent;
import jp.mypage.domain.account.AccountEventType;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.linking.CorporateLink;
import jp.mypage.domain.linking.CorporateLinkPolicy;
import jp.mypage.domain.linking.LinkApproval;
import jp.mypage.domain.linking.LinkParty;
import jp.mypage.domain.linking.LinkStatus;
import jp.mypage.mail.MailOutbox;
import jp.mypage.mail.MailTemplate;
import jp.mypage.mail.PortalLinks;

/**
 * 法人ID連携 for both sides.
 *
 * <p>A learner enters a company's email: the company links them at once (自動で承認) or keeps the
 * request until it accepts or declines it (確認してから承認). A learner has at most one link and
 * at most one request; a new one replaces the old, and every change of a learner's links happens
 * under a lock on the learner's account row.
 *
 * <p>A company sees and acts on its own links and requests only: every query is bounded by the
 * caller's account from the security context, and ids that come from the browser are looked up
 * within that bound.
 */
@Stateless
public class LinkingService {

    static final int PAGE_MAX = 200;
    /** Rows of one CSV export of 連携者一覧. */
    public static final int EXPORT_MAX = 100_000;
    /** Links one bulk unlink ends at most. */
    public static final int BULK_MAX = 500;
    /** Unknown company emails a learner may enter within {@link #ATTEMPT_WINDOW}. */
    static final int MAX_FAILED_ATTEMPTS = 5;
    static final Duration ATTEMPT_WINDOW = Duration.ofMinutes(15);
    /**
     * New links and requests a learner may make within {@link #CHANGE_WINDOW}: each may mail a
     * company, so a learner alternating company emails mails companies a bounded number of times.
     */
    static final int MAX_LINK_CHANGES = 5;
    static final Duration CHANGE_WINDOW = Duration.ofHours(24);

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Accounts accounts;

    @Inject
    private MailOutbox outbox;

    @Inject
    private PortalLinks links;

    @Inject
    private CorporateLinks corporateLinks;

    @Inject
    private Event<LinkEnded> linkEnded;

    /** The caller's (a learner's) current link. */
    @RolesAllowed("PERSONAL")
    public Optional<LinkSummary> myLink() {
        return ofLearner(me(), LinkStatus.ACTIVE)
                .map(link -> summary(link, link.getLinkedAt().orElseThrow()));
    }

    /** The caller's (a learner's) request that waits for a company. */
    @RolesAllowed("PERSONAL")
    public Optional<LinkSummary> myRequest() {
        return ofLearner(me(), LinkStatus.REQUESTED).map(link -> summary(link, link.getRequestedAt()));
    }

    /**
     * The learner entered a company's email in 登録情報設定: links them, or files a request when the
     * company confirms links first. A link to another company ends when the new one starts; a
     * request to another company is withdrawn. The same company again changes nothing.
     *
     * @return {@link LinkStatus#ACTIVE} when linked, {@link LinkStatus#REQUESTED} when the request waits
     * @throws UnknownCorporateException if no active corporate account has the email
     * @throws LinkAttemptsExceededException after too many unknown emails in a short time
     * @throws LinkChangesExceededException after {@value #MAX_LINK_CHANGES} new links or requests in a day
     */
    @RolesAllowed("PERSONAL")
    public LinkStatus linkTo(String corporateEmail) {
        Account learner = lockedMe();
        Instant now = clock.instant();
        long failures = em.createNamedQuery(AccountEvent.COUNT_OF_TYPE_SINCE, Long.class)
                .setParameter("account", learner)
                .setParameter("type", AccountEventType.LINK_ATTEMPT_FAILED)
                .setParameter("since", now.minus(ATTEMPT_WINDOW))
                .getSingleResult();
        if (failures >= MAX_FAILED_ATTEMPTS) {
            throw new LinkAttemptsExceededException();
        }
        Optional<Account> found = accounts.find(AccountType.CORPORATE, corporateEmail).filter(Account::canLogIn);
        if (found.isEmpty()) {
            em.persist(learner.record(AccountEventType.LINK_ATTEMPT_FAILED, AccountEvent.ACTOR_SELF, now, null));
            throw new UnknownCorporateException();
        }
        Account corporate = found.get();
        Optional<CorporateLink> active = ofLearner(learner, LinkStatus.ACTIVE);
        Optional<CorporateLink> request = ofLearner(learner, LinkStatus.REQUESTED);
        if (request.isPresent() && isOf(request.get(), corporate)) {
            return LinkStatus.REQUESTED;
        }
        request.ifPresent(pending -> withdraw(pending, now));
        if (active.isPresent() && isOf(active.get(), corporate)) {
            return LinkStatus.ACTIVE;
        }
        if (changesSince(learner, now.minus(CHANGE_WINDOW)) >= MAX_LINK_CHANGES) {
            throw new LinkChangesExceededException(); // rolled back: a withdrawn request stays as it was
        }
        CorporateLinkPolicy policy = policyOf(corporate);
        if (policy.getApproval() == LinkApproval.AUTOMATIC) {
            active.ifPresent(link -> end(link, now, LinkParty.LEARNER));
            CorporateLink link = CorporateLink.link(learner, corporate, now);
            em.persist(link);
            em.persist(learner.record(AccountEventType.LINKED_TO_CORPORATE, AccountEvent.ACTOR_SELF, now,
                    corporateDetail(corporate)));
            notifyCorporate(policy, corporate, learner, MailTemplate.LEARNER_LINKED);
            return LinkStatus.ACTIVE;
        }
        em.persist(CorporateLink.request(learner, corporate, now));
        em.persist(learner.record(AccountEventType.LINK_REQUESTED, AccountEvent.ACTOR_SELF, now,
                corporateDetail(corporate)));
        notifyCorporate(policy, corporate, learner, MailTemplate.LINK_REQUESTED);
        return LinkStatus.REQUESTED;
    }

    /** Ends the caller's link, if any; the learner stays a full personal account. */
    @RolesAllowed("PERSONAL")
    public void unlink() {
        Account learner = lockedMe();
        ofLearner(learner, LinkStatus.ACTIVE).ifPresent(link -> end(link, clock.instant(), LinkParty.LEARNER));
    }

    /** Withdraws the caller's waiting request, if any. */
    @RolesAllowed("PERSONAL")
    public void withdrawRequest() {
        Account learner = lockedMe();
        ofLearner(learner, LinkStatus.REQUESTED).ifPresent(request -> withdraw(request, clock.instant()));
    }

    /** A page of 連携者一覧 of the caller (a corporate account). */
    @RolesAllowed("CORPORATE")
    public List<LinkedLearner> myLinkedLearners(LearnerQuery query, int first, int pageSize) {
        return learners(LinkStatus.ACTIVE, query)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, pageSize), PAGE_MAX))
                .getResultStream()
                .map(LinkingService::row)
                .toList();
    }

    /** How many of the caller's linked learners match the search. */
    @RolesAllowed("CORPORATE")
    public int countMyLinkedLearners(LearnerQuery query) {
        return count(LinkStatus.ACTIVE, query);
    }

    /** Every linked learner of the caller that matches the query, for the CSV export (at most {@link #EXPORT_MAX}). */
    @RolesAllowed("CORPORATE")
    public List<LinkedLearner> exportMyLinkedLearners(LearnerQuery query) {
        return learners(LinkStatus.ACTIVE, query).setMaxResults(EXPORT_MAX).getResultStream()
                .map(LinkingService::row)
                .toList();
    }

    /** One of the caller's linked learners; another company's link finds nothing. */
    @RolesAllowed("CORPORATE")
    public Optional<LinkedLearner> findMyLinkedLearner(long linkId) {
        return ofMe(linkId, LinkStatus.ACTIVE).map(LinkingService::row);
    }

    /**
     * The company ends links with these learners; each learner is mailed. Ids that are not the
     * caller's active links are skipped.
     *
     * @return how many links ended
     */
    @RolesAllowed("CORPORATE")
    public int unlinkLearners(Collection<Long> linkIds) {
        Instant now = clock.instant();
        int ended = 0;
        for (Long id : linkIds.stream().distinct().limit(BULK_MAX).toList()) {
            Optional<CorporateLink> link = lockedOfMe(id, LinkStatus.ACTIVE);
            if (link.isPresent()) {
                end(link.get(), now, LinkParty.CORPORATE);
                Account learner = link.get().getLearner();
                outbox.queue(learner, MailTemplate.UNLINKED_BY_CORPORATE, learner.getProfile().getPersonName(),
                        link.get().getCorporate().getProfile().getOrganizationName(), links.myPage("settings"));
                ended++;
            }
        }
        return ended;
    }

    /** A page of the requests that wait for the caller (a company that confirms links first), oldest first. */
    @RolesAllowed("CORPORATE")
    public List<LinkedLearner> myLinkRequests(int first, int pageSize) {
        return learners(LinkStatus.REQUESTED, new LearnerQuery(null, null, true))
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, pageSize), PAGE_MAX))
                .getResultStream()
                .map(LinkingService::row)
                .toList();
    }

    @RolesAllowed("CORPORATE")
    public int countMyLinkRequests() {
        return count(LinkStatus.REQUESTED, LearnerQuery.all());
    }

    /**
     * 承認する: the learner is linked to the caller; a link to another company ends.
     *
     * @throws LinkNotFoundException unless the id is a request that still waits for the caller
     */
    @RolesAllowed("CORPORATE")
    public void acceptRequest(long linkId) {
        CorporateLink request = lockedOfMe(linkId, LinkStatus.REQUESTED).orElseThrow(LinkNotFoundException::new);
        Account learner = request.getLearner();
        Instant now = clock.instant();
        ofLearner(learner, LinkStatus.ACTIVE).ifPresent(link -> end(link, now, LinkParty.LEARNER));
        request.accept(now);
        em.persist(learner.record(AccountEventType.LINK_REQUEST_ACCEPTED, corporateActor(), now,
                corporateDetail(request.getCorporate())));
        outbox.queue(learner, MailTemplate.LINK_REQUEST_ACCEPTED, learner.getProfile().getPersonName(),
                request.getCorporate().getProfile().getOrganizationName());
    }

    /**
     * 承認しない: the request closes and the learner is mailed.
     *
     * @throws LinkNotFoundException unless the id is a request that still waits for the caller
     */
    @RolesAllowed("CORPORATE")
    public void declineRequest(long linkId) {
        CorporateLink request = lockedOfMe(linkId, LinkStatus.REQUESTED).orElseThrow(LinkNotFoundException::new);
        Account learner = request.getLearner();
        Instant now = clock.instant();
        request.decline(now);
        em.persist(learner.record(AccountEventType.LINK_REQUEST_DECLINED, corporateActor(), now,
                corporateDetail(request.getCorporate())));
        outbox.queue(learner, MailTemplate.LINK_REQUEST_DECLINED, learner.getProfile().getPersonName(),
                request.getCorporate().getProfile().getOrganizationName());
    }

    /** How the caller (a company) takes new links. */
    @RolesAllowed("CORPORATE")
    public LinkPolicy myLinkPolicy() {
        CorporateLinkPolicy policy = policyOf(me());
        return new LinkPolicy(policy.getApproval(), policy.isNotify(), policy.isWeeklyDigest());
    }

    /**
     * Changes how the caller takes new links, recorded in its audit trail. Requests that already
     * wait stay waiting when the company switches to 自動で承認: it decides them in the list.
     */
    @RolesAllowed("CORPORATE")
    public void changeLinkPolicy(LinkPolicy wanted) {
        Account corporate = me();
        Instant now = clock.instant();
        CorporateLinkPolicy policy = em.find(CorporateLinkPolicy.class, corporate.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (policy == null) {
            CorporateLinkPolicy created = new CorporateLinkPolicy(corporate, wanted.approval(), wanted.notifyByMail(), now);
            created.digest(wanted.weeklyDigest(), now);
            em.persist(created);
        } else if (policy.getApproval() != wanted.approval() || policy.isNotify() != wanted.notifyByMail()
                || policy.isWeeklyDigest() != wanted.weeklyDigest()) {
            policy.change(wanted.approval(), wanted.notifyByMail(), now);
            policy.digest(wanted.weeklyDigest(), now);
        } else {
            return;
        }
        em.persist(corporate.record(AccountEventType.LINK_POLICY_CHANGED, AccountEvent.ACTOR_SELF, now,
                "approval " + wanted.approval() + ", notify " + wanted.notifyByMail() + ", weekly digest "
                        + wanted.weeklyDigest()));
    }

    private TypedQuery<CorporateLink> learners(LinkStatus status, LearnerQuery query) {
        return corporateLinks.links(me(), status, query);
    }

    private int count(LinkStatus status, LearnerQuery query) {
        return corporateLinks.count(me(), status, query);
    }

    /** The caller's link or request with this id, the learner locked and the row re-read under the lock. */
    private Optional<CorporateLink> lockedOfMe(long linkId, LinkStatus status) {
        Optional<CorporateLink> found = ofMe(linkId, status);
        if (found.isEmpty()) {
            return found;
        }
        CorporateLink link = found.get();
        em.lock(link.getLearner(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(link);
        return link.getStatus() == status ? found : Optional.empty();
    }

    private Optional<CorporateLink> ofMe(long linkId, LinkStatus status) {
        return em.createNamedQuery(CorporateLink.OF_CORPORATE_BY_ID, CorporateLink.class)
                .setParameter("id", linkId)
                .setParameter("corporate", me())
                .setParameter("status", status)
                .getResultStream()
                .findFirst();
    }

    private Optional<CorporateLink> ofLearner(Account learner, LinkStatus status) {
        return em.createNamedQuery(CorporateLink.OF_LEARNER_IN_STATUS, CorporateLink.class)
                .setParameter("learner", learner)
                .setParameter("status", status)
                .getResultStream()
                .findFirst();
    }

    private long changesSince(Account learner, Instant since) {
        long changes = 0;
        for (AccountEventType type : new AccountEventType[] {AccountEventType.LINKED_TO_CORPORATE, AccountEventType.LINK_REQUESTED}) {
            changes += em.createNamedQuery(AccountEvent.COUNT_OF_TYPE_SINCE, Long.class)
                    .setParameter("account", learner)
                    .setParameter("type", type)
                    .setParameter("since", since)
                    .getSingleResult();
        }
        return changes;
    }

    private CorporateLinkPolicy policyOf(Account corporate) {
        return Optional.ofNullable(em.find(CorporateLinkPolicy.class, corporate.getId()))
                .orElseGet(() -> CorporateLinkPolicy.defaults(corporate, clock.instant()));
    }

    private void notifyCorporate(CorporateLinkPolicy policy, Account corporate, Account learner, MailTemplate template) {
        if (policy.isNotify()) {
            outbox.queue(corporate, template, corporate.getProfile().getPersonName(),
                    learner.getProfile().getPersonName(), learner.getEmail().value(), links.myPage("linked-learners"));
        }
    }

    private void end(CorporateLink link, Instant at, LinkParty by) {
        link.end(at, by);
        linkEnded.fire(new LinkEnded(link.getLearner().getId(), link.getCorporate().getId()));
        em.persist(link.getLearner().record(AccountEventType.UNLINKED_FROM_CORPORATE,
                by == LinkParty.LEARNER ? AccountEvent.ACTOR_SELF : corporateActor(), at,
                corporateDetail(link.getCorporate())));
    }

    private void withdraw(CorporateLink request, Instant at) {
        request.withdraw(at);
        em.persist(request.getLearner().record(AccountEventType.LINK_REQUEST_WITHDRAWN, AccountEvent.ACTOR_SELF, at,
                corporateDetail(request.getCorporate())));
    }

    private static boolean isOf(CorporateLink link, Account corporate) {
        return link.getCorporate().getId().equals(corporate.getId());
    }

    private static String corporateDetail(Account corporate) {
        return "corporate account " + corporate.getId();
    }

    private String corporateActor() {
        return "corporate account " + context.getCallerPrincipal().getName();
    }

    private static LinkSummary summary(CorporateLink link, Instant since) {
        return new LinkSummary(link.getCorporate().getProfile().getOrganizationName(),
                link.getCorporate().getEmail().value(), since);
    }

    private static LinkedLearner row(CorporateLink link) {
        Account learner = link.getLearner();
        return new LinkedLearner(link.getId(), learner.getId(), learner.getProfile().getPersonName(),
                learner.getProfile().getPersonNameKana(), learner.getEmail().value(),
                link.getLinkedAt().orElse(link.getRequestedAt()));
    }

    private Account me() {
        return accounts.caller(context.getCallerPrincipal());
    }

    private Account lockedMe() {
        Account me = me();
        em.lock(me, LockModeType.PESSIMISTIC_WRITE);
        return me;
    }
}

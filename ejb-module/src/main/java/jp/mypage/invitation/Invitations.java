package jp.mypage.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.account.AccountEvent;
import jp.mypage.domain.account.AccountEventType;
import jp.mypage.domain.account.EmailAddress;
import jp.mypage.domain.token.TokenPurpose;
import jp.mypage.mail.MailOutbox;
import jp.mypage.mail.MailTemplate;
import jp.mypage.mail.MailThrottle;
import jp.mypage.mail.PortalLinks;
import jp.mypage.token.OneTimeLinkService;

/**
 * Creates invited accounts and mails their invitation links, in the caller's transaction: for the
 * operator's single invitation, for each row of an account list, and when an invitee asks for a new
 * link through "forgot password". A new link replaces the older ones.
 */
@ApplicationScoped
public class Invitations {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private OneTimeLinkService links;

    @Inject
    private MailOutbox outbox;

    @Inject
    private PortalLinks portalLinks;

    @Inject
    private MailThrottle throttle;

    /**
     * Persists a new invited account, records who created it, and queues its invitation mail. The
     * caller flushes if it must learn of a concurrent duplicate at once.
     *
     * @param detail how the account came about (an import and row), or null
     */
    public Account create(InvitationForm form, String operator, String detail) {
        return create(form, operator, detail, false);
    }

    /** {@link #create} for one row of an account list: its mail waits behind every other due mail. */
    public Account createFromList(InvitationForm form, String operator, String detail) {
        return create(form, operator, detail, true);
    }

    private Account create(InvitationForm form, String operator, String detail, boolean bulk) {
        Account account = Account.invite(form.accountType(), EmailAddress.of(form.getEmail()),
                form.getProfile().toProfile(), form.locale(), clock.instant());
        em.persist(account);
        em.persist(account.invitedEvent(operator, detail));
        mail(account, links.issueFirst(account, TokenPurpose.INVITATION), operator, bulk);
        return account;
    }

    /** Mails a new invitation link to an invited account; the older links stop working. */
    public void send(Account account, String actor) {
        mail(account, links.issue(account, TokenPurpose.INVITATION), actor, false);
    }

    /**
     * {@link #send} for a request anybody can make by typing the address ("forgot password"): at
     * most one such mail a minute per account.
     */
    public void sendUnlessThrottled(Account account) {
        if (throttle.allows(account, AccountEventType.INVITATION_SENT)) {
            send(account, AccountEvent.ACTOR_SELF);
        }
    }

    private void mail(Account account, String token, String actor, boolean bulk) {
        Object[] arguments = {account.getProfile().getPersonName(),
            portalLinks.acceptInvitation(token), TokenPurpose.INVITATION.validity().toDays(), account.getType(),
            account.getEmail().value(), portalLinks.login(account.getType())};
        if (bulk) {
            outbox.queueBulk(account, MailTemplate.INVITATION, arguments);
        } else {
            outbox.queue(account, MailTemplate.INVITATION, arguments);
        }
        em.persist(account.record(AccountEventType.INVITATION_SENT, actor, clock.instant(), null));
    }
}

package jp.mypage.invitation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.mypage.account.Accounts;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.account.AccountEvent;
import jp.mypage.domain.account.AccountEventType;
import jp.mypage.domain.account.AccountStatus;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.token.TokenPurpose;
import jp.mypage.domain.token.TokenState;
import jp.mypage.password.PasswordHashing;
import jp.mypage.password.PasswordPolicy;
import jp.mypage.token.InvalidTokenException;
import jp.mypage.token.OneTimeLinkService;

/**
 * Operator-created accounts, one at a time: an operator invites an account or re-sends its
 * invitation; the invitee looks at the link and accepts it by choosing a password. The operator's
 * methods record the operator's principal name as the actor of every change.
 */
@Stateless
public class InvitationService {

    static final int PAGE_MAX = 200;

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

    @Inject
    private OneTimeLinkService links;

    @Inject
    private PasswordPolicy passwordPolicy;

    @Inject
    private PasswordHashing passwordHashing;

    /**
     * Creates an invited account and queues its invitation mail, in the form's language.
     *
     * @return the new account's id
     * @throws DuplicateEmailException if an account of this type already holds the address
     */
    @RolesAllowed("ADMIN")
    public long invite(@NotNull @Valid InvitationForm form) {
        accounts.find(form.accountType(), form.getEmail()).ifPresent(existing -> {
            throw new DuplicateEmailException(existing.getStatus() == AccountStatus.INVITED);
        });
        Account account = invitations.create(form, operator(), null);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new DuplicateEmailException(false);
        }
        return account.getId();
    }

    /**
     * Mails a new invitation link to an account that has not accepted its invitation yet; the
     * older link stops working.
     *
     * @throws NotInvitedException if no such account waits for its invitation to be accepted
     */
    @RolesAllowed("ADMIN")
    public void resendInvitation(long accountId) {
        Account account = Optional.ofNullable(em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE))
                .filter(found -> found.getStatus() == AccountStatus.INVITED)
                .orElseThrow(() -> new NotInvitedException(accountId));
        invitations.send(account, operator());
    }

    /** The accounts waiting for their invitation to be accepted, newest first. */
    @RolesAllowed("ADMIN")
    public List<PendingInvitation> pendingInvitations(int first, int pageSize) {
        List<Account> page = em.createNamedQuery(Account.PENDING_INVITATIONS, Account.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, pageSize), PAGE_MAX))
                .getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, Instant> lastSent = em.createNamedQuery(AccountEvent.LAST_OF_TYPE_PER_ACCOUNT, Object[].class)
                .setParameter("accountIds", page.stream().map(Account::getId).toList())
                .setParameter("type", AccountEventType.INVITATION_SENT)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Instant) row[1]));
        Instant now = clock.instant();
        return page.stream().map(account -> {
            Instant sent = lastSent.getOrDefault(account.getId(), account.getCreatedAt());
            return new PendingInvitation(account.getId(), account.getType(), account.getEmail().value(),
                    displayName(account), account.getCreatedAt(), sent,
                    !now.isBefore(sent.plus(TokenPurpose.INVITATION.validity())));
        }).toList();
    }

    @RolesAllowed("ADMIN")
    public long countPendingInvitations() {
        return em.createNamedQuery(Account.COUNT_PENDING_INVITATIONS, Long.class).getSingleResult();
    }

    /**
     * Whom the link invites, without using it (what a GET of the link, or a mail scanner, may learn).
     *
     * @throws InvalidTokenException if the link is unknown, used, replaced or expired
     */
    public Invitee inspectInvitation(String token) {
        Account account = links.inspect(token, TokenPurpose.INVITATION);
        if (account.getStatus() != AccountStatus.INVITED) {
            throw new InvalidTokenException(TokenState.USED);
        }
        return new Invitee(account.getType(), account.getEmail().value(), displayName(account));
    }

    /**
     * The invitee chooses a password and consents to the 受講規約: the account is active, its address
     * confirmed, and the link used up.
     *
     * @return the account's type (the login page preselects it)
     * @throws InvalidTokenException if the link is unknown, used, replaced or expired
     * @throws jp.mypage.password.WeakPasswordException if the password breaks the policy
     */
    public AccountType acceptInvitation(String token, @NotNull @Valid InvitationAcceptance acceptance) {
        if (!acceptance.isTermsAccepted()) {
            throw new IllegalArgumentException("Consent to the terms of use is required");
        }
        Account account = links.inspect(token, TokenPurpose.INVITATION);
        passwordPolicy.require(acceptance.getPassword(), account.getEmail().value());
        String hash = passwordHashing.hash(acceptance.getPassword());
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        links.redeem(token, TokenPurpose.INVITATION);
        if (account.getStatus() != AccountStatus.INVITED) {
            throw new InvalidTokenException(TokenState.USED);
        }
        em.persist(account.acceptInvitation(hash, clock.instant()));
        return account.getType();
    }

    private String operator() {
        return context.getCallerPrincipal().getName();
    }

    private static String displayName(Account account) {
        return account.getType() == AccountType.CORPORATE
                ? account.getProfile().getOrganizationName()
                : account.getProfile().getPersonName();
    }
}

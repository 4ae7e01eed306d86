package jp.mypage.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.account.AccountStatus;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.account.EmailAddress;

/**
 * Looks accounts up for the use cases. The signed-in caller's principal name is their account id
 * (see the web module's identity store), so "my account" is always derived from the caller, never
 * from a parameter a browser could change.
 */
@ApplicationScoped
public class Accounts {

    /** Addresses per IN list: far below any database's parameter limit. */
    static final int IN_CHUNK = 500;

    @PersistenceContext
    private EntityManager em;

    /** The account with this login identity; an email that is not an address finds nothing. */
    public Optional<Account> find(AccountType type, String email) {
        if (type == null || !EmailAddress.isValid(email)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.FIND_BY_TYPE_AND_EMAIL, Account.class)
                .setParameter("type", type)
                .setParameter("email", EmailAddress.of(email))
                .getResultStream()
                .findFirst();
    }

    /**
     * The status of every account of this type among the addresses, by address: one query per
     * {@value #IN_CHUNK} addresses, not one per address.
     */
    public Map<EmailAddress, AccountStatus> statusesOf(AccountType type, Collection<EmailAddress> addresses) {
        List<EmailAddress> distinct = List.copyOf(new LinkedHashSet<>(addresses));
        Map<EmailAddress, AccountStatus> statuses = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += IN_CHUNK) {
            em.createNamedQuery(Account.STATUS_BY_EMAIL, Object[].class)
                    .setParameter("type", type)
                    .setParameter("emails", distinct.subList(from, Math.min(from + IN_CHUNK, distinct.size())))
                    .getResultList()
                    .forEach(row -> statuses.put((EmailAddress) row[0], (AccountStatus) row[1]));
        }
        return statuses;
    }

    /**
     * The caller's own account.
     *
     * @throws IllegalStateException if the caller is not a signed-in account holder (a container
     *     misconfiguration: the services that call this are guarded by {@code @RolesAllowed})
     */
    public Account caller(Principal principal) {
        long id = callerId(principal);
        return Optional.ofNullable(em.find(Account.class, id))
                .orElseThrow(() -> new IllegalStateException("No account " + id));
    }

    /**
     * The caller's account id, without loading the account.
     *
     * @throws IllegalStateException if the caller is not a signed-in account holder
     */
    public long callerId(Principal principal) {
        try {
            return Long.parseLong(principal.getName());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Caller is not an account holder: " + principal.getName(), e);
        }
    }
}

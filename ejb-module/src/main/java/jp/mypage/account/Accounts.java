package jp.mypage.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Optional;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.account.EmailAddress;

/**
 * Looks accounts up for the use cases. The signed-in caller's principal name is their account id
 * (see the web module's identity store), so "my account" is always derived from the caller, never
 * from a parameter a browser could change.
 */
@ApplicationScoped
public class Accounts {

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

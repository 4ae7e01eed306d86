package jp.mypage.operator;

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
import java.util.Optional;
import jp.mypage.domain.account.EmailAddress;
import jp.mypage.domain.operator.Operator;
import jp.mypage.password.PasswordHashing;
import jp.mypage.password.PasswordPolicy;

/**
 * The operators: the login check the web module's identity store calls, and the operator list.
 * A refused login looks and takes alike whatever the reason (unknown address, wrong password,
 * lock); wrong passwords lock the operator as {@link jp.mypage.domain.account.LoginLockPolicy} says.
 * Simultaneous logins of one operator are counted one after the other, as accounts' are (see
 * {@link jp.mypage.authentication.AuthenticationService}).
 */
@Stateless
public class OperatorService {

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PasswordHashing passwordHashing;

    @Inject
    private PasswordPolicy passwordPolicy;

    /**
     * Checks an operator's login. Public: the identity store calls it before anyone is signed in.
     *
     * @return the operator, or empty for every refusal
     */
    public Optional<OperatorIdentity> authenticate(String email, String password) {
        String given = password == null ? "" : password;
        Optional<Operator> found = findByEmail(email);
        if (found.isEmpty() || given.isEmpty()) {
            passwordHashing.verifyAgainstDecoy(given);
            return Optional.empty();
        }
        Operator operator = found.get();
        Instant now = clock.instant();
        String verifiedHash = operator.getPasswordHash();
        boolean matches = passwordHashing.verify(given, verifiedHash);
        em.refresh(operator, LockModeType.PESSIMISTIC_WRITE);
        if (!verifiedHash.equals(operator.getPasswordHash())) {
            // the password changed while this one was checked: it proves nothing about the new one
            return Optional.empty();
        }
        if (operator.isLockedAt(now)) {
            return Optional.empty();
        }
        if (!matches) {
            operator.loginFailed(now);
            return Optional.empty();
        }
        operator.loginSucceeded(now);
        return Optional.of(OperatorIdentity.of(operator));
    }

    /**
     * Creates another operator, who signs in with the given password.
     *
     * @return the new operator's id
     * @throws jp.mypage.password.WeakPasswordException if the password breaks the policy
     * @throws DuplicateOperatorException if an operator already has this email address
     */
    @RolesAllowed("ADMIN")
    public long createOperator(@NotNull @Valid OperatorForm form) {
        return create(form.getName(), form.getEmail(), form.getPassword(), context.getCallerPrincipal().getName());
    }

    /** All operators, oldest first. */
    @RolesAllowed("ADMIN")
    public List<OperatorSummary> operators() {
        Instant now = clock.instant();
        return em.createNamedQuery(Operator.ALL, Operator.class).getResultStream()
                .map(o -> new OperatorSummary(o.getId(), o.getName(), o.getEmail().value(), o.getCreatedAt(),
                        o.getCreatedBy(), o.getLastLoginAt(), o.isLockedAt(now)))
                .toList();
    }

    /** The signed-in operator; empty if the caller is not an operator (or was deleted meanwhile). */
    @RolesAllowed("ADMIN")
    public Optional<OperatorIdentity> current() {
        return Operator.idOf(context.getCallerPrincipal().getName())
                .map(id -> em.find(Operator.class, id))
                .map(OperatorIdentity::of);
    }

    /** Creates an operator in the caller's transaction; {@code createdBy} is the actor recorded. */
    long create(String name, String email, String password, String createdBy) {
        EmailAddress address = EmailAddress.of(email);
        passwordPolicy.require(password, address.value());
        if (findByEmail(address.value()).isPresent()) {
            throw new DuplicateOperatorException();
        }
        Operator operator = new Operator(address, name.strip(), passwordHashing.hash(password), clock.instant(),
                createdBy);
        try {
            em.persist(operator);
            em.flush();
        } catch (PersistenceException e) {
            throw new DuplicateOperatorException();
        }
        return operator.getId();
    }

    private Optional<Operator> findByEmail(String email) {
        if (!EmailAddress.isValid(email)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Operator.FIND_BY_EMAIL, Operator.class)
                .setParameter("email", EmailAddress.of(email))
                .getResultStream()
                .findFirst();
    }
}

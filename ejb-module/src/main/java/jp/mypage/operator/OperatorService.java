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
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import jp.mypage.domain.account.EmailAddress;
import jp.mypage.domain.operator.Operator;
import jp.mypage.domain.operator.OperatorLogin;
import jp.mypage.domain.operator.OperatorRecoveryCode;
import jp.mypage.domain.operator.OperatorUsedCode;
import jp.mypage.password.PasswordHashing;
import jp.mypage.password.PasswordPolicy;

/**
 * The operators: their two-step login (the password, then a code of their authenticator app:
 * 2段階認証, enrolled at their first login), and the operator list. A refused login looks and takes
 * alike whatever the reason (unknown address, wrong password, lock); wrong passwords and wrong codes
 * lock the operator as {@link jp.mypage.domain.account.LoginLockPolicy} says.
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

    @Inject
    private SecondFactorCodes codes;

    /**
     * The first step of an operator's login, the password, kept in ログイン記録 (a right one as
     * {@code PASSWORD_ACCEPTED}). Public: the login form calls it before anyone is signed in. A
     * refusal looks and takes alike whatever the reason (unknown address, wrong password, lock, a
     * stopped operator). A right password does not clear earlier failures: only a full login does, so
     * codes cannot be guessed three at a time between passwords.
     *
     * @param source the client's address, for the record
     * @return what the second step needs, or empty for every refusal
     * @throws jp.mypage.password.PasswordChecksBusyException if no check was free
     */
    public Optional<PasswordStep> checkPassword(String email, String password, String source) {
        String given = password == null ? "" : password;
        Optional<Operator> found = findByEmail(email);
        Instant now = clock.instant();
        if (found.isEmpty() || given.isEmpty()) {
            passwordHashing.verifyAgainstDecoy(given);
            record(now, email, found.orElse(null), source,
                    found.isEmpty() ? OperatorLogin.Outcome.UNKNOWN_EMAIL : OperatorLogin.Outcome.WRONG_PASSWORD);
            return Optional.empty();
        }
        Operator operator = found.get();
        String verifiedHash = operator.getPasswordHash();
        boolean matches = passwordHashing.verify(given, verifiedHash);
        em.refresh(operator, LockModeType.PESSIMISTIC_WRITE);
        if (!verifiedHash.equals(operator.getPasswordHash())) {
            // the password changed while this one was checked: it proves nothing about the new one
            record(now, email, operator, source, OperatorLogin.Outcome.WRONG_PASSWORD);
            return Optional.empty();
        }
        if (operator.isLockedAt(now)) {
            record(now, email, operator, source, OperatorLogin.Outcome.LOCKED);
            return Optional.empty();
        }
        if (!matches) {
            operator.loginFailed(now);
            record(now, email, operator, source, OperatorLogin.Outcome.WRONG_PASSWORD);
            return Optional.empty();
        }
        if (!operator.isActive()) {
            record(now, email, operator, source, OperatorLogin.Outcome.DEACTIVATED);
            return Optional.empty();
        }
        record(now, email, operator, source, OperatorLogin.Outcome.PASSWORD_ACCEPTED);
        return Optional.of(new PasswordStep(operator.getId(), fingerprint(operator.getPasswordHash()), now,
                operator.hasSecondFactor() ? null : codes.newSecret(), UUID.randomUUID().toString()));
    }

    /**
     * The second step: a code of the operator's authenticator app (each accepted once), one of their
     * recovery codes (each once), or, at enrolment, a code of the new secret, which enrols it and makes
     * new recovery codes. A wrong code counts toward the lock like a wrong password. Public, like
     * {@link #checkPassword}: the identity store calls it before anyone is signed in.
     *
     * @param language the console's language: a successful login makes it the operator's mail language
     * @return the signed-in operator, or empty for a wrong code, a lock or a stopped operator
     * @throws SecondStepExpiredException if no code can pass this step any more (the operator logs in again)
     */
    public Optional<SignedIn> completeLogin(PasswordStep step, String code, String source, Locale language) {
        Instant now = clock.instant();
        Operator operator = em.find(Operator.class, step.operatorId(), LockModeType.PESSIMISTIC_WRITE);
        if (operator == null || now.isAfter(step.at().plus(PasswordStep.LIFETIME)) || now.isBefore(step.at())) {
            throw new SecondStepExpiredException("the password was checked at " + step.at());
        }
        if (!fingerprint(operator.getPasswordHash()).equals(step.passwordFingerprint())) {
            throw new SecondStepExpiredException("the password changed after it was checked");
        }
        // enrolled by this very login (its code posted twice: a double click) counts as not yet enrolled
        boolean enrols = step.enrols() && !step.enrolment().equals(operator.getTotpSecret());
        if (enrols == operator.hasSecondFactor()) {
            throw new SecondStepExpiredException(step.enrols() ? "enrolled meanwhile" : "reset meanwhile");
        }
        String email = operator.getEmail().value();
        if (operator.isLockedAt(now)) {
            record(now, email, operator, source, OperatorLogin.Outcome.LOCKED);
            return Optional.empty();
        }
        if (!operator.isActive()) {
            record(now, email, operator, source, OperatorLogin.Outcome.DEACTIVATED);
            return Optional.empty();
        }
        String secret = step.enrolment().or(operator::getTotpSecret).orElseThrow();
        OptionalLong codeStep = codes.matchingStep(secret, code, now);
        if (codeStep.isPresent() && useStep(operator.getId(), codeStep.getAsLong(), step.attempt())) {
            List<String> recoveryCodes = List.of();
            if (enrols) {
                operator.enrollSecondFactor(secret, now);
                recoveryCodes = newRecoveryCodes(operator.getId());
            }
            operator.loginSucceeded(now, language == null ? Locale.JAPANESE : language);
            record(now, email, operator, source, OperatorLogin.Outcome.SUCCEEDED);
            return Optional.of(new SignedIn(OperatorIdentity.of(operator), recoveryCodes, OptionalInt.empty()));
        }
        if (!enrols && SecondFactorCodes.looksLikeRecoveryCode(code)) {
            Optional<OperatorRecoveryCode> recovery = em.createNamedQuery(OperatorRecoveryCode.UNUSED, OperatorRecoveryCode.class)
                    .setParameter("operatorId", operator.getId())
                    .setParameter("codeHash", SecondFactorCodes.recoveryCodeHash(code))
                    .getResultStream().findFirst();
            if (recovery.isPresent()) {
                recovery.get().use(now);
                operator.loginSucceeded(now, language == null ? Locale.JAPANESE : language);
                record(now, email, operator, source, OperatorLogin.Outcome.RECOVERY_CODE);
                return Optional.of(new SignedIn(OperatorIdentity.of(operator), List.of(),
                        OptionalInt.of(recoveryCodesLeft(operator.getId()))));
            }
        }
        operator.loginFailed(now);
        record(now, email, operator, source, OperatorLogin.Outcome.WRONG_CODE);
        return Optional.empty();
    }

    /**
     * Keeps a step's code as used by this login; false if another login used it (the same login posting
     * it again, a double click, may). The caller holds the operator's row lock.
     */
    private boolean useStep(long operatorId, long codeStep, String attempt) {
        Optional<String> usedBy = em.createNamedQuery(OperatorUsedCode.ATTEMPT, String.class)
                .setParameter("operatorId", operatorId).setParameter("step", codeStep).getResultStream().findFirst();
        if (usedBy.isPresent()) {
            return usedBy.get().equals(attempt);
        }
        em.createNamedQuery(OperatorUsedCode.DELETE_BEFORE)
                .setParameter("operatorId", operatorId)
                .setParameter("step", SecondFactorCodes.stepAt(clock.instant()) - 2 * SecondFactorCodes.STEPS_EITHER_SIDE - 1)
                .executeUpdate();
        em.persist(new OperatorUsedCode(operatorId, codeStep, attempt));
        return true;
    }

    /** Replaces the operator's recovery codes with new ones; the codes, to show once. */
    private List<String> newRecoveryCodes(long operatorId) {
        em.createNamedQuery(OperatorRecoveryCode.DELETE_ALL).setParameter("operatorId", operatorId).executeUpdate();
        List<String> made = codes.newRecoveryCodes();
        for (String code : made) {
            em.persist(new OperatorRecoveryCode(operatorId, SecondFactorCodes.recoveryCodeHash(code)));
        }
        return made;
    }

    private int recoveryCodesLeft(long operatorId) {
        return em.createNamedQuery(OperatorRecoveryCode.COUNT_UNUSED, Long.class)
                .setParameter("operatorId", operatorId).getSingleResult().intValue();
    }

    /** The SHA-256 of a stored password hash: tells a changed password without keeping the hash in the session. */
    private static String fingerprint(String passwordHash) {
        return SecondFactorCodes.sha256(passwordHash);
    }

    /**
     * リセット of another operator's 2段階認証 (a lost phone and lost recovery codes): their
     * authenticator app and recovery codes are forgotten, their sessions end, and they enrol a new app
     * at their next login. Nobody resets their own (their recovery codes are for that).
     *
     * @throws OperatorSelfResetException for the caller themself
     * @throws OperatorStoppedException if the caller was stopped meanwhile
     */
    @RolesAllowed("ADMIN")
    public void resetSecondFactor(long operatorId) {
        String caller = context.getCallerPrincipal().getName();
        if (caller.equals(Operator.PRINCIPAL_PREFIX + operatorId)) {
            throw new OperatorSelfResetException();
        }
        Operator target = lockActiveCallerAnd(caller, operatorId);
        if (target != null && target.hasSecondFactor()) {
            target.resetSecondFactor(clock.instant());
            em.createNamedQuery(OperatorRecoveryCode.DELETE_ALL).setParameter("operatorId", operatorId).executeUpdate();
            // the steps used were the old app's: the new app's first code may be of one of them
            em.createNamedQuery(OperatorUsedCode.DELETE_ALL).setParameter("operatorId", operatorId).executeUpdate();
        }
    }

    /**
     * Keeps one login. The email is kept only when it is an address (normalised): what is typed into
     * the email field may be a password typed in the wrong box, and it is not stored.
     */
    private void record(Instant at, String email, Operator operator, String source, OperatorLogin.Outcome outcome) {
        String typed = operator != null ? operator.getEmail().value()
                : EmailAddress.isValid(email) ? EmailAddress.of(email).value() : OperatorLogin.NOT_AN_ADDRESS;
        em.persist(new OperatorLogin(at, typed, operator == null ? null : operator.getId(), source, outcome));
    }

    /** ログイン記録: the newest console logins first, at most {@code max}. */
    @RolesAllowed("ADMIN")
    public List<OperatorLoginRecord> logins(int max) {
        Map<Long, String> names = em.createNamedQuery(Operator.ALL, Operator.class).getResultStream()
                .collect(Collectors.toMap(Operator::getId, Operator::getName));
        return em.createNamedQuery(OperatorLogin.NEWEST, OperatorLogin.class)
                .setMaxResults(Math.max(1, Math.min(max, 1000)))
                .getResultStream()
                .map(l -> new OperatorLoginRecord(l.getId(), l.getAttemptedAt(), l.getEmail(),
                        l.getOperatorId().map(names::get).orElse(""), l.getSource(), l.getOutcome().name()))
                .toList();
    }

    /**
     * 停止: the operator's logins are refused and each of their sessions ends on its next request
     * ({@link jp.mypage.authentication.SessionValidity}). Stopping a stopped operator changes nothing.
     *
     * @throws OperatorSelfStopException for the caller themself
     */
    @RolesAllowed("ADMIN")
    public void deactivate(long operatorId) {
        String caller = context.getCallerPrincipal().getName();
        if (caller.equals(Operator.PRINCIPAL_PREFIX + operatorId)) {
            throw new OperatorSelfStopException();
        }
        Operator target = lockActiveCallerAnd(caller, operatorId);
        if (target != null) {
            target.deactivate(clock.instant(), caller);
        }
    }

    /**
     * Locks the caller's row and the target's, in id order (two operators stopping each other at the
     * same moment take turns, and the second finds itself stopped, so one active operator always
     * remains); the target, or null if there is none.
     *
     * @throws OperatorStoppedException if the caller is stopped (or gone)
     */
    private Operator lockActiveCallerAnd(String caller, long targetId) {
        long callerId = Operator.idOf(caller).orElseThrow(OperatorStoppedException::new);
        Operator first = em.find(Operator.class, Math.min(callerId, targetId), LockModeType.PESSIMISTIC_WRITE);
        Operator second = callerId == targetId ? first
                : em.find(Operator.class, Math.max(callerId, targetId), LockModeType.PESSIMISTIC_WRITE);
        Operator self = callerId <= targetId ? first : second;
        if (self == null || !self.isActive()) {
            throw new OperatorStoppedException();
        }
        return callerId <= targetId ? second : first;
    }

    /**
     * 再開: a stopped operator signs in again with their password (their sessions from before the
     * stop stay ended).
     *
     * @throws OperatorStoppedException if the caller was stopped meanwhile
     */
    @RolesAllowed("ADMIN")
    public void reactivate(long operatorId) {
        Operator operator = lockActiveCallerAnd(context.getCallerPrincipal().getName(), operatorId);
        if (operator != null) {
            operator.reactivate();
        }
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
                        o.getCreatedBy(), o.getLastLoginAt(), o.isLockedAt(now), o.isActive(),
                        o.hasSecondFactor()))
                .toList();
    }

    /** The signed-in operator; empty if the caller is not an operator (or was deleted or stopped meanwhile). */
    @RolesAllowed("ADMIN")
    public Optional<OperatorIdentity> current() {
        return Operator.idOf(context.getCallerPrincipal().getName())
                .map(id -> em.find(Operator.class, id))
                .filter(Operator::isActive)
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

package jp.mypage.domain.operator;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import jp.mypage.domain.account.EmailAddress;
import jp.mypage.domain.account.LoginLock;
import jp.mypage.domain.account.LoginLockPolicy;

/**
 * An operator of the portal, who signs in to the operator console with an email address (unique,
 * compared as {@link EmailAddress} does) and a password. Wrong passwords lock the operator as
 * {@link LoginLockPolicy} locks accounts. The principal name of a signed-in operator is
 * {@code operator:<id>}; it is the actor of everything they change.
 */
@Entity
@Table(name = "operator")
@NamedQuery(name = Operator.FIND_BY_EMAIL, query = "select o from Operator o where o.email = :email")
@NamedQuery(name = Operator.ALL, query = "select o from Operator o order by o.id")
@NamedQuery(name = Operator.COUNT, query = "select count(o) from Operator o")
@NamedQuery(name = Operator.ACTIVE, query = "select o from Operator o where o.deactivatedAt is null order by o.id")
@NamedQuery(name = Operator.SESSION_STATE,
        query = "select o.id, o.deactivatedAt, o.sessionsValidAfter from Operator o where o.id = :id")
public class Operator {

    public static final String FIND_BY_EMAIL = "Operator.findByEmail";
    public static final String ALL = "Operator.all";
    public static final String COUNT = "Operator.count";
    /** The operators who are not stopped, oldest first: those who get the console's mails. */
    public static final String ACTIVE = "Operator.active";
    /**
     * The id, {@link #getDeactivatedAt()} and {@link #getSessionsValidAfter()} of one operator, without
     * loading it (asked on every request).
     */
    public static final String SESSION_STATE = "Operator.sessionState";

    /** The prefix of an operator's principal name; the rest is the id. */
    public static final String PRINCIPAL_PREFIX = "operator:";
    public static final int NAME_MAX = 100;
    public static final int PASSWORD_HASH_MAX = 255;
    public static final int CREATED_BY_MAX = 300;
    public static final int LOCALE_MAX = 16;
    public static final int TOTP_SECRET_MAX = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "operator_seq")
    @SequenceGenerator(name = "operator_seq", sequenceName = "operator_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "email", length = EmailAddress.MAX_LENGTH, nullable = false, updatable = false)
    private EmailAddress email;

    @Column(name = "name", length = NAME_MAX, nullable = false)
    private String name;

    @Column(name = "password_hash", length = PASSWORD_HASH_MAX, nullable = false)
    private String passwordHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", length = CREATED_BY_MAX, nullable = false, updatable = false)
    private String createdBy;

    @Embedded
    private LoginLock loginLock = new LoginLock();

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @Column(name = "deactivated_by", length = CREATED_BY_MAX)
    private String deactivatedBy;

    @Column(name = "sessions_valid_after")
    private Instant sessionsValidAfter;

    /** The TOTP secret (Base32) of the operator's authenticator app; null until enrolled. */
    @Column(name = "totp_secret", length = TOTP_SECRET_MAX)
    private String totpSecret;

    @Column(name = "totp_enrolled_at")
    private Instant totpEnrolledAt;

    /** The language of the console at the operator's last login: the language of their mails. */
    @Column(name = "locale", length = LOCALE_MAX, nullable = false)
    private String locale = Locale.JAPANESE.toLanguageTag();

    protected Operator() {
        // for JPA
    }

    /**
     * @param createdBy who created the operator: {@code bootstrap} or another operator's principal name
     */
    public Operator(EmailAddress email, String name, String passwordHash, Instant createdAt, String createdBy) {
        this.email = Objects.requireNonNull(email, "email");
        this.name = requireText(name, NAME_MAX, "name");
        this.passwordHash = requireText(passwordHash, PASSWORD_HASH_MAX, "passwordHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.createdBy = requireText(createdBy, CREATED_BY_MAX, "createdBy");
    }

    private static String requireText(String text, int max, String what) {
        if (text == null || text.isBlank() || text.length() > max) {
            throw new IllegalArgumentException(what + " must have 1 to " + max + " characters");
        }
        return text;
    }

    /** {@code operator:<id>}: the caller principal name of this operator once signed in. */
    public String principalName() {
        return PRINCIPAL_PREFIX + id;
    }

    /** The operator id a principal name names, if it names one. */
    public static Optional<Long> idOf(String principalName) {
        if (principalName == null || !principalName.startsWith(PRINCIPAL_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(principalName.substring(PRINCIPAL_PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether a login attempt at this instant is refused because of earlier failures. */
    public boolean isLockedAt(Instant at) {
        return loginLock.isLockedAt(at);
    }

    /** Counts a wrong password and locks as {@link LoginLockPolicy} says. */
    public void loginFailed(Instant at) {
        loginLock.fail(at);
    }

    /**
     * A successful login clears the failure count and is remembered, with the language the console
     * was used in: the operator's mails are written in it from now on.
     */
    public void loginSucceeded(Instant at, Locale language) {
        if (isLockedAt(at)) {
            throw new IllegalStateException("Operator " + id + " is locked");
        }
        if (!isActive()) {
            throw new IllegalStateException("Operator " + id + " is stopped");
        }
        loginLock.clear();
        lastLoginAt = at;
        locale = Objects.requireNonNull(language, "language").toLanguageTag();
    }

    /** Whether the operator may sign in: not stopped. */
    public boolean isActive() {
        return deactivatedAt == null;
    }

    /**
     * Stops the operator (停止): logins are refused and every session of theirs ends on its next
     * request. An operator does not stop themself (one active operator always remains).
     *
     * @param by the principal name of the operator who stops this one
     */
    public void deactivate(Instant at, String by) {
        if (principalName().equals(by)) {
            throw new IllegalArgumentException("an operator does not stop themself");
        }
        if (isActive()) {
            deactivatedAt = Objects.requireNonNull(at, "at");
            deactivatedBy = requireText(by, CREATED_BY_MAX, "by");
            sessionsValidAfter = at;
        }
    }

    /**
     * Starts a stopped operator again (再開): they log in with their password as before; a session
     * of theirs from before the stop stays ended. An active operator is left as is (their lock too).
     */
    public void reactivate() {
        if (!isActive()) {
            deactivatedAt = null;
            deactivatedBy = null;
            loginLock.clear();
        }
    }

    /** Whether the operator has enrolled an authenticator app (2段階認証): their logins need its code. */
    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    /**
     * Enrols the authenticator app the operator confirmed with a code of this secret.
     *
     * @throws IllegalStateException if one is enrolled already (another tab enrolled first)
     */
    public void enrollSecondFactor(String secret, Instant at) {
        if (hasSecondFactor()) {
            throw new IllegalStateException("Operator " + id + " has a second factor already");
        }
        totpSecret = requireText(secret, TOTP_SECRET_MAX, "secret");
        totpEnrolledAt = Objects.requireNonNull(at, "at");
    }

    /**
     * Forgets the authenticator app (another operator resets it for one who lost their phone and
     * recovery codes): the operator enrols a new one at their next login; their sessions end.
     */
    public void resetSecondFactor(Instant at) {
        totpSecret = null;
        totpEnrolledAt = null;
        sessionsValidAfter = Objects.requireNonNull(at, "at");
    }

    /** The enrolled secret, for checking a code. */
    public Optional<String> getTotpSecret() {
        return Optional.ofNullable(totpSecret);
    }

    public Optional<Instant> getTotpEnrolledAt() {
        return Optional.ofNullable(totpEnrolledAt);
    }

    /** Sessions of this operator that began before this moment no longer count. */
    public Optional<Instant> getSessionsValidAfter() {
        return Optional.ofNullable(sessionsValidAfter);
    }

    public Optional<Instant> getDeactivatedAt() {
        return Optional.ofNullable(deactivatedAt);
    }

    public Optional<String> getDeactivatedBy() {
        return Optional.ofNullable(deactivatedBy);
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    public Long getId() {
        return id;
    }

    public EmailAddress getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public int getFailedLogins() {
        return loginLock.failedLogins();
    }

    public Optional<Instant> getLockedUntil() {
        return loginLock.lockedUntil();
    }

    public Optional<Instant> getLastLoginAt() {
        return Optional.ofNullable(lastLoginAt);
    }
}

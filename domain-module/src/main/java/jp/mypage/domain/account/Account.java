package jp.mypage.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/**
 * An account of the My Page portal, personal or corporate. Its identity is its type with its
 * email address: one address may hold one personal and one corporate account. The account moves
 * through its life only by the methods below, each of which refuses a transition its status does
 * not allow and returns the {@link AccountEvent} that records it.
 *
 * <pre>
 * PENDING_VERIFICATION --confirmEmail--> ACTIVE (automatic approval)
 *                      (replacePendingSignUp and resetPassword keep it there, with a new password)
 *                                   \--> PENDING_APPROVAL (administrator approval)
 * PENDING_APPROVAL --approve--> ACTIVE
 *                  \--reject---> REJECTED
 * INVITED --acceptInvitation--> ACTIVE
 * </pre>
 *
 * Only {@code confirmEmail} leads into {@code PENDING_APPROVAL}, so an account awaiting a decision
 * has always confirmed its address; nothing but {@code approve} leads out of it.
 *
 * An account has a password hash in every status but {@code INVITED}: an operator created it, and
 * its holder chooses the password when they accept the invitation.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.FIND_BY_TYPE_AND_EMAIL,
        query = "select a from Account a where a.type = :type and a.email = :email")
@NamedQuery(name = Account.STATUS_BY_EMAIL,
        query = "select a.email, a.status from Account a where a.type = :type and a.email in :emails")
@NamedQuery(name = Account.PENDING_INVITATIONS,
        query = "select a from Account a where a.status = jp.mypage.domain.account.AccountStatus.INVITED"
                + " order by a.createdAt desc, a.id desc")
@NamedQuery(name = Account.SESSIONS_VALID_AFTER,
        query = "select a.sessionsValidAfter from Account a where a.id = :id")
@NamedQuery(name = Account.COUNT_PENDING_INVITATIONS,
        query = "select count(a) from Account a where a.status = jp.mypage.domain.account.AccountStatus.INVITED")
public class Account {

    public static final String FIND_BY_TYPE_AND_EMAIL = "Account.findByTypeAndEmail";
    /** Email and status of the accounts of one type among a list of addresses: one query for many. */
    public static final String STATUS_BY_EMAIL = "Account.statusByEmail";
    /** Accounts waiting for their invitation to be accepted, newest first. */
    public static final String PENDING_INVITATIONS = "Account.pendingInvitations";
    public static final String COUNT_PENDING_INVITATIONS = "Account.countPendingInvitations";
    /** The account's {@link #getSessionsValidAfter()}, without loading the account. */
    public static final String SESSIONS_VALID_AFTER = "Account.sessionsValidAfter";

    public static final int PASSWORD_HASH_MAX = 255;
    public static final int LOCALE_MAX = 16;
    /** The longest reason an operator may give for 承認しない; it is stored as the event's detail. */
    public static final int REASON_MAX = AccountEvent.DETAIL_MAX;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_type", length = 16, nullable = false, updatable = false)
    private AccountType type;

    @Column(name = "email", length = EmailAddress.MAX_LENGTH, nullable = false, updatable = false)
    private EmailAddress email;

    /** Null while the account is {@link AccountStatus#INVITED}, never otherwise. */
    @Column(name = "password_hash", length = PASSWORD_HASH_MAX)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 30, nullable = false)
    private AccountStatus status;

    @Embedded
    private Profile profile;

    @Column(name = "locale", length = LOCALE_MAX, nullable = false)
    private String locale;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    @Embedded
    private LoginLock loginLock = new LoginLock();

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** Since when a learner shares the trainings they bought themself with their company; null: not shared. */
    @Column(name = "history_shared_at")
    private Instant historySharedAt;

    /** When an operator approved or rejected the application; null until then. */
    @Column(name = "decided_at")
    private Instant decidedAt;

    /** Sessions that began before this moment are over; null while none was ended. */
    @Column(name = "sessions_valid_after")
    private Instant sessionsValidAfter;

    protected Account() {
        // for JPA
    }

    private Account(AccountType type, EmailAddress email, AccountStatus status, String passwordHash, Profile profile,
            Locale locale, Instant createdAt) {
        this.type = Objects.requireNonNull(type, "type");
        this.email = Objects.requireNonNull(email, "email");
        this.status = status;
        this.passwordHash = passwordHash;
        this.profile = Objects.requireNonNull(profile, "profile");
        profile.requireCompleteFor(type);
        this.locale = Objects.requireNonNull(locale, "locale").toLanguageTag();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new account that waits for its holder to open the confirmation link (本登録). */
    public static Account signUp(AccountType type, EmailAddress email, String passwordHash, Profile profile,
            Locale locale, Instant at) {
        return new Account(type, email, AccountStatus.PENDING_VERIFICATION, requireHash(passwordHash), profile,
                locale, at);
    }

    /**
     * A new account an operator created: no password and no login until the invitee accepts the
     * invitation mailed to the address.
     *
     * @param locale the language of the invitee's mails
     */
    public static Account invite(AccountType type, EmailAddress email, Profile profile, Locale locale, Instant at) {
        return new Account(type, email, AccountStatus.INVITED, null, profile, locale, at);
    }

    /** The audit entry of the sign-up itself; call once the account is persisted. */
    public AccountEvent signedUpEvent() {
        return new AccountEvent(this, AccountEventType.SIGNED_UP, AccountEvent.ACTOR_SELF, createdAt, null);
    }

    /**
     * The audit entry of the invitation itself; call once the account is persisted.
     *
     * @param operator who created the account
     * @param detail how, for example which import and row; may be null
     */
    public AccountEvent invitedEvent(String operator, String detail) {
        if (status != AccountStatus.INVITED) {
            throw new IllegalStateException("Account " + id + " was not invited");
        }
        return new AccountEvent(this, AccountEventType.INVITED, operator, createdAt, detail);
    }

    /** An audit entry that changes nothing but records what happened. */
    public AccountEvent record(AccountEventType eventType, String actor, Instant at, String detail) {
        return new AccountEvent(this, eventType, actor, at, detail);
    }

    /**
     * 本登録: the holder proved they read mail at this address.
     *
     * @param approvalRequired whether an operator must approve the account before it may log in
     * @throws IllegalStateException unless the account waits for confirmation
     */
    public AccountEvent confirmEmail(Instant at, boolean approvalRequired) {
        requireStatus(AccountStatus.PENDING_VERIFICATION);
        this.emailConfirmedAt = Objects.requireNonNull(at);
        this.status = approvalRequired ? AccountStatus.PENDING_APPROVAL : AccountStatus.ACTIVE;
        return new AccountEvent(this, AccountEventType.EMAIL_CONFIRMED, AccountEvent.ACTOR_SELF, at,
                approvalRequired ? "awaiting approval" : "automatic approval");
    }

    /**
     * Someone signed up again with the address of an account that never confirmed it: the new
     * sign-up's password, profile and language replace the pending ones, so that the link mailed
     * for it confirms the account with the password its clicker chose, not with a password someone
     * else chose before. The caller issues a fresh confirmation link, which ends every older one.
     *
     * @throws IllegalStateException unless the account waits for confirmation
     */
    public AccountEvent replacePendingSignUp(String passwordHash, Profile newProfile, Locale newLocale, Instant at) {
        requireStatus(AccountStatus.PENDING_VERIFICATION);
        String hash = requireHash(passwordHash);
        Objects.requireNonNull(newProfile, "profile").requireCompleteFor(type);
        this.passwordHash = hash;
        this.profile = newProfile;
        this.locale = Objects.requireNonNull(newLocale, "locale").toLanguageTag();
        this.loginLock.clear();
        return new AccountEvent(this, AccountEventType.SIGN_UP_REPLACED, AccountEvent.ACTOR_SELF, at, null);
    }

    /**
     * The invitee chose a password through the invitation link. The link arrived at the address, so
     * the address is confirmed too.
     *
     * @throws IllegalStateException unless the account waits for its invitation to be accepted
     */
    public AccountEvent acceptInvitation(String passwordHash, Instant at) {
        requireStatus(AccountStatus.INVITED);
        this.passwordHash = requireHash(passwordHash);
        this.emailConfirmedAt = Objects.requireNonNull(at);
        this.status = AccountStatus.ACTIVE;
        return new AccountEvent(this, AccountEventType.INVITATION_ACCEPTED, AccountEvent.ACTOR_SELF, at, null);
    }

    /**
     * 承認する: an operator approved the application; the holder may log in.
     *
     * @param operator the operator's principal name
     * @throws IllegalStateException unless the account awaits a decision
     */
    public AccountEvent approve(String operator, Instant at) {
        requireStatus(AccountStatus.PENDING_APPROVAL);
        requireConfirmedEmail();
        this.status = AccountStatus.ACTIVE;
        this.decidedAt = Objects.requireNonNull(at);
        return new AccountEvent(this, AccountEventType.APPROVED, Objects.requireNonNull(operator), at, null);
    }

    /**
     * 承認しない: an operator rejected the application; the holder may not log in.
     *
     * @param operator the operator's principal name
     * @param reason why, as the operator wrote it; may be null
     * @throws IllegalStateException unless the account awaits a decision
     * @throws IllegalArgumentException if the reason is longer than {@value #REASON_MAX} characters
     */
    public AccountEvent reject(String operator, Instant at, String reason) {
        requireStatus(AccountStatus.PENDING_APPROVAL);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > REASON_MAX) {
            throw new IllegalArgumentException("Reason longer than " + REASON_MAX);
        }
        this.status = AccountStatus.REJECTED;
        this.decidedAt = Objects.requireNonNull(at);
        return new AccountEvent(this, AccountEventType.REJECTED, Objects.requireNonNull(operator), at, why);
    }

    /** Whether the holder may log in, lockouts aside. */
    public boolean canLogIn() {
        return status == AccountStatus.ACTIVE;
    }

    /** Whether a login attempt at this instant is refused because of earlier failures. */
    public boolean isLockedAt(Instant at) {
        return loginLock.isLockedAt(at);
    }

    /**
     * Counts a wrong password and locks the account as {@link LoginLockPolicy} says. Attempts made
     * while the account is locked are not counted: they were refused without a look at the password.
     */
    public AccountEvent loginFailed(Instant at) {
        if (loginLock.fail(at)) {
            return new AccountEvent(this, AccountEventType.LOCKED, AccountEvent.ACTOR_SYSTEM, at,
                    loginLock.failedLogins() + " consecutive failures; locked until " + loginLock.lockedUntil().orElseThrow());
        }
        return new AccountEvent(this, AccountEventType.LOGIN_FAILED, AccountEvent.ACTOR_SELF, at,
                loginLock.failedLogins() + " consecutive failures");
    }

    /** A successful login clears the failure count. */
    public AccountEvent loginSucceeded(Instant at) {
        if (!canLogIn() || isLockedAt(at)) {
            throw new IllegalStateException("Account " + id + " may not log in now");
        }
        loginLock.clear();
        lastLoginAt = at;
        return new AccountEvent(this, AccountEventType.LOGIN_SUCCEEDED, AccountEvent.ACTOR_SELF, at, null);
    }

    /**
     * The holder chose a new password (knowing the current one). Every session that began before
     * ends; the caller renews the session the change was made in.
     */
    public AccountEvent changePassword(String newPasswordHash, Instant at) {
        requireStatus(AccountStatus.ACTIVE);
        this.passwordHash = requireHash(newPasswordHash);
        this.sessionsValidAfter = Objects.requireNonNull(at);
        return new AccountEvent(this, AccountEventType.PASSWORD_CHANGED, AccountEvent.ACTOR_SELF, at, null);
    }

    /**
     * The holder set a new password through a reset link: proof of the mailbox, so any lock from
     * earlier failures ends too. An account still waiting for 本登録 takes the new password as well
     * (the pending one may have been chosen by someone else); the caller then completes 本登録 with
     * {@link #confirmEmail(Instant, boolean)}, as the link arrived at the address. Every session
     * that began before ends.
     *
     * @throws IllegalStateException unless the account is active or waits for confirmation
     */
    public AccountEvent resetPassword(String newPasswordHash, Instant at) {
        if (status != AccountStatus.ACTIVE && status != AccountStatus.PENDING_VERIFICATION) {
            throw new IllegalStateException("Account " + id + " is " + status + ": no password reset");
        }
        this.passwordHash = requireHash(newPasswordHash);
        this.sessionsValidAfter = Objects.requireNonNull(at);
        this.loginLock.clear();
        return new AccountEvent(this, AccountEventType.PASSWORD_RESET, AccountEvent.ACTOR_SELF, at, null);
    }

    /**
     * 他の端末からログアウト: every session that began before this moment ends; the caller renews the
     * session the request came from.
     */
    public AccountEvent endSessionsBefore(Instant at) {
        this.sessionsValidAfter = Objects.requireNonNull(at);
        return new AccountEvent(this, AccountEventType.OTHER_SESSIONS_ENDED, AccountEvent.ACTOR_SELF, at, null);
    }

    public AccountEvent changeProfile(Profile newProfile, Instant at) {
        Objects.requireNonNull(newProfile).requireCompleteFor(type);
        this.profile = newProfile;
        return new AccountEvent(this, AccountEventType.PROFILE_CHANGED, AccountEvent.ACTOR_SELF, at, null);
    }

    /** The language the holder uses; mails are written in it. */
    public void changeLocale(Locale newLocale) {
        this.locale = Objects.requireNonNull(newLocale).toLanguageTag();
    }

    private void requireStatus(AccountStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Account " + id + " is " + status + ", not " + expected);
        }
    }

    private void requireConfirmedEmail() {
        if (emailConfirmedAt == null) {
            throw new IllegalStateException("Account " + id + " has not confirmed its email address");
        }
    }

    private static String requireHash(String hash) {
        if (hash == null || hash.isBlank() || hash.length() > PASSWORD_HASH_MAX) {
            throw new IllegalArgumentException("A password hash is required");
        }
        return hash;
    }

    public Long getId() {
        return id;
    }

    public AccountType getType() {
        return type;
    }

    public EmailAddress getEmail() {
        return email;
    }

    /** Empty while the account is invited: there is no password to check yet. */
    public Optional<String> getPasswordHash() {
        return Optional.ofNullable(passwordHash);
    }

    public AccountStatus getStatus() {
        return status;
    }

    public Profile getProfile() {
        return profile;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> getEmailConfirmedAt() {
        return Optional.ofNullable(emailConfirmedAt);
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

    /** Sessions that began before this moment are over (a password change or reset, 他の端末からログアウト). */
    public Optional<Instant> getSessionsValidAfter() {
        return Optional.ofNullable(sessionsValidAfter);
    }

    /** When an operator approved or rejected the application. */
    public Optional<Instant> getDecidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    /**
     * A learner's choice (登録情報設定) to let the company they are linked to see the trainings they
     * bought themself in its 受講履歴. Off by default.
     */
    public void shareHistory(boolean share, Instant at) {
        if (type != AccountType.PERSONAL) {
            throw new IllegalStateException("Only a learner shares a learning history");
        }
        if (share && historySharedAt == null) {
            historySharedAt = at;
        } else if (!share) {
            historySharedAt = null;
        }
    }

    public boolean isHistoryShared() {
        return historySharedAt != null;
    }

    public Optional<Instant> getHistorySharedAt() {
        return Optional.ofNullable(historySharedAt);
    }

    /** The name the portal addresses the account by: the company's name, or the learner's. */
    public String displayName() {
        return type == AccountType.CORPORATE ? profile.getOrganizationName() : profile.getPersonName();
    }
}

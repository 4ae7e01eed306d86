package jp.mypage.domain.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.mypage.domain.account.EmailAddress;

/**
 * A mail the portal owes somebody. Written in the transaction of the change that caused it, so a
 * mail exists exactly when its cause was committed; delivered later, and retried with growing
 * pauses (30 s, 1 min, 2 min … at most 1 h) until the SMTP server accepts it.
 *
 * <p>A body may carry a one-time link (confirmation, password reset, invitation), whose
 * {@code token} parameter is the secret itself: the portal stores only its SHA-256, so the mail
 * keeps it no longer than it needs to. Once the mail has left, or delivery has given up, the
 * secret is erased from the body ({@value #ERASED_SECRET}); only a mail kept for the local mailbox
 * keeps its links, which are what that page is for.
 */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(name = OutboxMail.DUE,
        query = "select m from OutboxMail m where m.status = jp.mypage.domain.mail.MailStatus.PENDING"
                + " and m.nextAttemptAt <= :now order by m.bulk, m.nextAttemptAt, m.id")
@NamedQuery(name = OutboxMail.FAILED,
        query = "select m from OutboxMail m where m.status = jp.mypage.domain.mail.MailStatus.FAILED order by m.id desc")
@NamedQuery(name = OutboxMail.COUNT_FAILED,
        query = "select count(m) from OutboxMail m where m.status = jp.mypage.domain.mail.MailStatus.FAILED")
@NamedQuery(name = OutboxMail.LOCAL_MAILBOX,
        query = "select m from OutboxMail m where m.status = jp.mypage.domain.mail.MailStatus.LOCAL"
                + " order by m.createdAt desc, m.id desc")
public class OutboxMail {

    public static final String DUE = "OutboxMail.due";
    public static final String LOCAL_MAILBOX = "OutboxMail.localMailbox";
    public static final String FAILED = "OutboxMail.failed";
    public static final String COUNT_FAILED = "OutboxMail.countFailed";

    public static final int SUBJECT_MAX = 300;
    public static final int BODY_MAX = 10_000;
    public static final int ERROR_MAX = 1000;
    public static final int KIND_MAX = 40;
    public static final int MAX_ATTEMPTS = 12;
    /** What a one-time link's secret is replaced with once the mail no longer needs it. */
    public static final String ERASED_SECRET = "(erased)";
    /** The value of a link's {@code token} parameter: up to the next space, {@code &} or {@code #}. */
    private static final Pattern LINK_SECRET = Pattern.compile("(?<=[?&]token=)[^\\s&#]+");
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_RETRY = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_mail_seq")
    @SequenceGenerator(name = "outbox_mail_seq", sequenceName = "outbox_mail_seq", allocationSize = 50)
    private Long id;

    @Column(name = "recipient", length = EmailAddress.MAX_LENGTH, nullable = false, updatable = false)
    private EmailAddress recipient;

    @Column(name = "subject", length = SUBJECT_MAX, nullable = false, updatable = false)
    private String subject;

    @Column(name = "body", length = BODY_MAX, nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private MailStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    /** One of many mails from one operator action (an account list import): sent after every other due mail. */
    @Column(name = "bulk", nullable = false, updatable = false)
    private boolean bulk;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    /** Which mail it is (the name of its template), for the operators' 配信エラー; null on mails older than the column. */
    @Column(name = "kind", length = KIND_MAX, updatable = false)
    private String kind;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    protected OutboxMail() {
        // for JPA
    }

    public OutboxMail(EmailAddress recipient, String subject, String body, Instant createdAt) {
        this(recipient, subject, body, createdAt, false);
    }

    /**
     * @param bulk whether the mail is one of many queued at once; those wait until the outbox has no
     *     other due mail, so a sign-up's confirmation is not stuck behind an import's invitations
     */
    public OutboxMail(EmailAddress recipient, String subject, String body, Instant createdAt, boolean bulk) {
        this(recipient, null, subject, body, createdAt, bulk);
    }

    /** @param kind which mail it is (its template's name), shown to operators when it fails */
    public OutboxMail(EmailAddress recipient, String kind, String subject, String body, Instant createdAt, boolean bulk) {
        if (kind != null && (kind.isBlank() || kind.length() > KIND_MAX)) {
            throw new IllegalArgumentException("Mail kind must be 1.." + KIND_MAX + " characters");
        }
        this.kind = kind;
        this.bulk = bulk;
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = requireText(subject, SUBJECT_MAX, "subject");
        this.body = requireText(body, BODY_MAX, "body");
        this.createdAt = Objects.requireNonNull(createdAt);
        this.nextAttemptAt = createdAt;
        this.status = MailStatus.PENDING;
    }

    public boolean isBulk() {
        return bulk;
    }

    public void markSent(Instant at) {
        requirePending();
        attempts++;
        status = MailStatus.SENT;
        deliveredAt = at;
        lastAttemptAt = at;
        lastError = null;
        eraseLinkSecrets();
    }

    /** No SMTP server is configured: the mail is kept for the local mailbox page. */
    public void keepLocally(Instant at) {
        requirePending();
        status = MailStatus.LOCAL;
        deliveredAt = at;
    }

    /** A delivery attempt failed; schedules the next one or gives up. */
    public void attemptFailed(Instant at, String error) {
        requirePending();
        attempts++;
        lastAttemptAt = at;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), ERROR_MAX));
        if (attempts >= MAX_ATTEMPTS) {
            status = MailStatus.FAILED;
            eraseLinkSecrets();
            return;
        }
        Duration pause = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = at.plus(pause.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : pause);
    }

    /**
     * Whether an operator may send it again as it is: a mail that gave up and whose body never held
     * a one-time link. A confirmation, reset or invitation mail lost its link's secret when delivery
     * gave up, so its body would carry a dead link: its owner asks for a new one instead.
     */
    public boolean isResendable() {
        return status == MailStatus.FAILED && !body.contains("token=" + ERASED_SECRET);
    }

    /** 再送信: a failed mail is queued again, due now, with a fresh round of attempts. */
    public void resend(Instant at) {
        if (!isResendable()) {
            throw new IllegalStateException("Mail " + id + " is " + status + " and cannot be resent as it is");
        }
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = Objects.requireNonNull(at);
    }

    private void eraseLinkSecrets() {
        body = LINK_SECRET.matcher(body).replaceAll(ERASED_SECRET);
    }

    private void requirePending() {
        if (status != MailStatus.PENDING) {
            throw new IllegalStateException("Mail " + id + " is " + status);
        }
    }

    private static String requireText(String text, int max, String what) {
        if (text == null || text.isBlank() || text.length() > max) {
            throw new IllegalArgumentException("Mail " + what + " must be 1.." + max + " characters");
        }
        return text;
    }

    public Long getId() {
        return id;
    }

    public EmailAddress getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<Instant> getDeliveredAt() {
        return Optional.ofNullable(deliveredAt);
    }

    public Optional<String> getKind() {
        return Optional.ofNullable(kind);
    }

    /** When it was last handed to the mail server (or tried); for older rows, when its last attempt was due. */
    public Instant getLastAttemptAt() {
        return lastAttemptAt != null ? lastAttemptAt : nextAttemptAt;
    }

    public Optional<String> getLastError() {
        return Optional.ofNullable(lastError);
    }
}

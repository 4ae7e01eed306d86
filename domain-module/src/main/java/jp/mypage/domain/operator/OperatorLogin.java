package jp.mypage.domain.operator;

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
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One login to the operator console whose password was checked (ログイン記録): when, the email
 * typed, the operator it named (none for an unknown address), the client address, and how it
 * ended. Logins refused before any check (too many from one source, every check busy) are not
 * kept: a flood would fill the table, and the rate limits answer those.
 */
@Entity
@Table(name = "operator_login")
@NamedQuery(name = OperatorLogin.NEWEST, query = "select l from OperatorLogin l order by l.attemptedAt desc, l.id desc")
@NamedQuery(name = OperatorLogin.DELETE_BEFORE, query = "delete from OperatorLogin l where l.attemptedAt < :before")
public class OperatorLogin {

    public static final String NEWEST = "OperatorLogin.newest";
    /** Deletes the records older than {@code :before} (kept {@code OPERATOR_LOGIN_RETENTION_DAYS}). */
    public static final String DELETE_BEFORE = "OperatorLogin.deleteBefore";
    /** What is kept of an email field whose text is no address (it may be a password typed in the wrong box). */
    public static final String NOT_AN_ADDRESS = "-";
    public static final int EMAIL_MAX = 254;
    public static final int SOURCE_MAX = 64;

    /**
     * How a login ended. A right password is kept as {@code PASSWORD_ACCEPTED} (the second step may never
     * come: whoever typed it knows the password); the second step ends {@code SUCCEEDED} (a code of the
     * authenticator app, or enrolment), {@code RECOVERY_CODE} (signed in with a recovery code),
     * {@code WRONG_CODE}, {@code LOCKED} or {@code DEACTIVATED}.
     */
    public enum Outcome {
        SUCCEEDED, WRONG_PASSWORD, UNKNOWN_EMAIL, LOCKED, DEACTIVATED, PASSWORD_ACCEPTED, WRONG_CODE, RECOVERY_CODE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "operator_login_seq")
    @SequenceGenerator(name = "operator_login_seq", sequenceName = "operator_login_seq", allocationSize = 50)
    private Long id;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    @Column(name = "email", length = EMAIL_MAX, nullable = false, updatable = false)
    private String email;

    @Column(name = "operator_id", updatable = false)
    private Long operatorId;

    @Column(name = "source", length = SOURCE_MAX, nullable = false, updatable = false)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20, nullable = false, updatable = false)
    private Outcome outcome;

    protected OperatorLogin() {
        // for JPA
    }

    /**
     * @param email what was typed; cut to {@link #EMAIL_MAX} characters
     * @param operatorId the operator the email names, or null
     * @param source the client address; cut to {@link #SOURCE_MAX} characters
     */
    public OperatorLogin(Instant attemptedAt, String email, Long operatorId, String source, Outcome outcome) {
        this.attemptedAt = Objects.requireNonNull(attemptedAt, "attemptedAt");
        this.email = cut(email == null ? "" : email.strip(), EMAIL_MAX);
        this.operatorId = operatorId;
        this.source = cut(source == null ? "" : source, SOURCE_MAX);
        this.outcome = Objects.requireNonNull(outcome, "outcome");
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public String getEmail() {
        return email;
    }

    public Optional<Long> getOperatorId() {
        return Optional.ofNullable(operatorId);
    }

    public String getSource() {
        return source;
    }

    public Outcome getOutcome() {
        return outcome;
    }
}

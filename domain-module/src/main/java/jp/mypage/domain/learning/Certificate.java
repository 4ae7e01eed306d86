package jp.mypage.domain.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * 修了証 of one completed seat: the learner's name and the course title as printed, the completion
 * date, a certificate number ({@code MC} and 8 digits, from the id) and a verification code that
 * {@code /certificates/verify} confirms. An operator correcting an attendance to 欠席 revokes it;
 * recording 出席 again reinstates the same certificate.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = Certificate.BY_SEAT, query = "select c from Certificate c where c.seatId = :seat")
@NamedQuery(name = Certificate.BY_CODE, query = "select c from Certificate c where c.verificationCode = :code")
public class Certificate {

    public static final String BY_SEAT = "Certificate.bySeat";
    public static final String BY_CODE = "Certificate.byCode";
    public static final int CODE_LENGTH = 16;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
    @SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 50)
    private Long id;

    @Column(name = "seat_id", nullable = false, updatable = false)
    private long seatId;

    @Column(name = "certificate_number", length = 20, nullable = false, updatable = false)
    private String number;

    @Column(name = "verification_code", length = 32, nullable = false, updatable = false)
    private String verificationCode;

    @Column(name = "learner_name", length = 100, nullable = false, updatable = false)
    private String learnerName;

    @Column(name = "course_title", length = 200, nullable = false, updatable = false)
    private String courseTitle;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Certificate() {
        // for JPA
    }

    public Certificate(long seatId, String verificationCode, String learnerName, String courseTitle,
            LocalDate completedOn, Instant issuedAt) {
        this.seatId = seatId;
        this.verificationCode = Objects.requireNonNull(verificationCode);
        this.learnerName = Objects.requireNonNull(learnerName);
        this.courseTitle = Objects.requireNonNull(courseTitle);
        this.completedOn = Objects.requireNonNull(completedOn);
        this.issuedAt = Objects.requireNonNull(issuedAt);
        // a placeholder until the id exists (the column is NOT NULL, the number comes from the id)
        this.number = "MC-" + verificationCode.substring(0, 10);
    }

    /** Gives the certificate its number from its id, once the id exists (after persist). */
    public void assignNumber() {
        this.number = String.format("MC%08d", Objects.requireNonNull(id, "persist the certificate first"));
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            this.revokedAt = at;
        }
    }

    public void reinstate(LocalDate on) {
        this.revokedAt = null;
        this.completedOn = on;
    }

    public boolean isValid() {
        return revokedAt == null;
    }

    public Long getId() {
        return id;
    }

    public long getSeatId() {
        return seatId;
    }

    public String getNumber() {
        return number;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public String getLearnerName() {
        return learnerName;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Optional<Instant> getRevokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}

package jp.mypage.domain.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A 開催回 of a live course: when, where (a venue for 対面研修, a meeting URL for オンライン研修, which
 * only seat holders see), its 定員 and 申込締切. The seats taken are counted here and only ever changed
 * by one conditional UPDATE each (see the order side), so concurrent applications cannot overbook.
 * A session with seats is never deleted: it is cancelled (開催中止), and its seats are released.
 */
@Entity
@Table(name = "course_session")
public class CourseSession {

    public static final int VENUE_MAX = 200;
    public static final int URL_MAX = 500;
    public static final int CAPACITY_MAX = 10_000;
    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_session_seq")
    @SequenceGenerator(name = "course_session_seq", sequenceName = "course_session_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "deadline", nullable = false)
    private Instant deadline;

    @Column(name = "venue", length = VENUE_MAX)
    private String venue;

    @Column(name = "meeting_url", length = URL_MAX)
    private String meetingUrl;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "seats_taken", nullable = false)
    private int seatsTaken;

    /** When the session was published; null while it is not (a time, as {@link Course}'s, not a boolean). */
    @Column(name = "published_at")
    private Instant publishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private SessionStatus status;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason", length = REASON_MAX)
    private String cancelReason;

    protected CourseSession() {
        // for JPA
    }

    /** A new session of a live course, not yet published. */
    public CourseSession(Course course, SessionTerms terms) {
        this.course = Objects.requireNonNull(course, "course");
        if (!course.getDelivery().hasSessions()) {
            throw new IllegalArgumentException("動画配信 has no sessions");
        }
        this.status = SessionStatus.SCHEDULED;
        change(terms);
    }

    /** Edits the session; the capacity never falls below the seats already taken. */
    public void change(SessionTerms terms) {
        requireScheduled();
        if (terms.startsAt() == null || terms.endsAt() == null || !terms.endsAt().isAfter(terms.startsAt())) {
            throw new IllegalArgumentException("A session ends after it starts");
        }
        if (terms.deadline() == null || terms.deadline().isAfter(terms.startsAt())) {
            throw new IllegalArgumentException("The deadline is at or before the start");
        }
        if (terms.capacity() < 1 || terms.capacity() > CAPACITY_MAX) {
            throw new IllegalArgumentException("A capacity of 1.." + CAPACITY_MAX);
        }
        if (terms.capacity() < seatsTaken) {
            throw new CapacityBelowSeatsTakenException(seatsTaken);
        }
        if (course.getDelivery() == DeliveryType.IN_PERSON) {
            this.venue = Course.requireText(terms.venue(), VENUE_MAX, "venue");
            this.meetingUrl = null;
        } else {
            this.meetingUrl = requireMeetingUrl(terms.meetingUrl());
            this.venue = blankToNull(terms.venue());
        }
        this.startsAt = terms.startsAt();
        this.endsAt = terms.endsAt();
        this.deadline = terms.deadline();
        this.capacity = terms.capacity();
    }

    public void publish(Instant at) {
        requireScheduled();
        if (publishedAt == null) {
            this.publishedAt = Objects.requireNonNull(at, "at");
        }
    }

    public void unpublish() {
        this.publishedAt = null;
    }

    /** 開催中止: nobody can apply any more; the caller releases the seats and tells everyone. */
    public void cancel(Instant at, String reason) {
        requireScheduled();
        this.status = SessionStatus.CANCELLED;
        this.publishedAt = null;
        this.cancelledAt = Objects.requireNonNull(at, "at");
        String text = blankToNull(reason);
        if (text != null && text.length() > REASON_MAX) {
            throw new IllegalArgumentException("A reason of at most " + REASON_MAX + " characters");
        }
        this.cancelReason = text;
    }

    /** Whether a new application can be taken at this moment (seats aside). */
    public boolean isOpenAt(Instant at) {
        return status == SessionStatus.SCHEDULED && isPublished() && course.isPublished() && !at.isAfter(deadline);
    }

    public boolean hasStartedAt(Instant at) {
        return !at.isBefore(startsAt);
    }

    public int seatsLeft() {
        return Math.max(0, capacity - seatsTaken);
    }

    private void requireScheduled() {
        if (status != SessionStatus.SCHEDULED) {
            throw new IllegalStateException("Session " + id + " is " + status);
        }
    }

    private static String requireMeetingUrl(String url) {
        String value = Course.requireText(url, URL_MAX, "meeting URL");
        try {
            URI uri = new URI(value);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("A meeting URL starts with https://");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a URL: " + value, e);
        }
        return value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Course getCourse() {
        return course;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Optional<String> getVenue() {
        return Optional.ofNullable(venue);
    }

    public Optional<String> getMeetingUrl() {
        return Optional.ofNullable(meetingUrl);
    }

    public int getCapacity() {
        return capacity;
    }

    public int getSeatsTaken() {
        return seatsTaken;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public Optional<Instant> getCancelledAt() {
        return Optional.ofNullable(cancelledAt);
    }

    public Optional<String> getCancelReason() {
        return Optional.ofNullable(cancelReason);
    }
}

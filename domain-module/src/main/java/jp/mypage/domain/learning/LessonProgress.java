package jp.mypage.domain.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One seat's progress through one lesson. A video is cut into 100 equal parts; a part counts as
 * watched once a played stretch (reported by the player, without seeking) covers its middle, so
 * seeking to the end watches nothing. A stretch can't be longer than the time that passed since the
 * last report allows (at up to double speed, with some slack), so a forged report gains little. The
 * lesson completes at {@link #COMPLETE_PERCENT} and stays complete.
 */
@Entity
@Table(name = "lesson_progress")
public class LessonProgress {

    public static final int PARTS = 100;
    public static final int COMPLETE_PERCENT = 90;
    /** The fastest playback the player offers. */
    static final double MAX_SPEED = 2.0;
    static final double SLACK_SECONDS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lesson_progress_seq")
    @SequenceGenerator(name = "lesson_progress_seq", sequenceName = "lesson_progress_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "seat_id", nullable = false, updatable = false)
    private long seatId;

    @Column(name = "lesson_id", nullable = false, updatable = false)
    private long lessonId;

    @Column(name = "watched", length = PARTS, nullable = false)
    private String watched;

    @Column(name = "percent", nullable = false)
    private int percent;

    @Column(name = "resume_seconds", nullable = false)
    private int resumeSeconds;

    @Column(name = "duration_seconds")
    private Integer durationSeconds;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected LessonProgress() {
        // for JPA
    }

    /** The learner opened the lesson for the first time. */
    public LessonProgress(long seatId, long lessonId, Instant at) {
        this.seatId = seatId;
        this.lessonId = lessonId;
        char[] none = new char[PARTS];
        Arrays.fill(none, '0');
        this.watched = new String(none);
        this.updatedAt = Objects.requireNonNull(at);
    }

    /**
     * The player played {@code from}..{@code to} seconds of a video {@code duration} seconds long
     * and is now at {@code position}.
     *
     * @return whether this report completed the lesson
     */
    public boolean played(double from, double to, double duration, double position, Instant at) {
        if (!(duration > 0) || Double.isInfinite(duration) || !(to >= from) || from < 0) {
            throw new IllegalArgumentException("Not a played stretch: " + from + ".." + to + " of " + duration);
        }
        double elapsed = Math.max(0, Duration.between(updatedAt, at).toMillis() / 1000.0);
        double allowed = elapsed * MAX_SPEED + SLACK_SECONDS;
        double end = Math.min(Math.min(to, from + allowed), duration);
        char[] parts = watched.toCharArray();
        double part = duration / PARTS;
        for (int i = 0; i < PARTS; i++) {
            double middle = (i + 0.5) * part;
            if (middle >= from && middle <= end) {
                parts[i] = '1';
            }
        }
        this.watched = new String(parts);
        this.durationSeconds = (int) Math.ceil(duration);
        this.resumeSeconds = (int) Math.max(0, Math.min(position, duration));
        this.updatedAt = at;
        return recount(at);
    }

    /** A PDF was read to its end, or marked read. */
    public boolean read(Instant at) {
        char[] all = new char[PARTS];
        Arrays.fill(all, '1');
        this.watched = new String(all);
        this.updatedAt = at;
        return recount(at);
    }

    /** Where the player resumes, without any progress (a seek or a pause). */
    public void resumeAt(double position, Instant at) {
        if (position >= 0 && !Double.isInfinite(position) && !Double.isNaN(position)) {
            this.resumeSeconds = (int) (durationSeconds == null ? position : Math.min(position, durationSeconds));
        }
        this.updatedAt = at;
    }

    private boolean recount(Instant at) {
        this.percent = (int) watched.chars().filter(c -> c == '1').count();
        if (completedAt == null && percent >= COMPLETE_PERCENT) {
            this.completedAt = at;
            return true;
        }
        return false;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getSeatId() {
        return seatId;
    }

    public long getLessonId() {
        return lessonId;
    }

    public String getWatched() {
        return watched;
    }

    public int getPercent() {
        return percent;
    }

    public int getResumeSeconds() {
        return resumeSeconds;
    }

    public Optional<Integer> getDurationSeconds() {
        return Optional.ofNullable(durationSeconds);
    }

    public Optional<Instant> getCompletedAt() {
        return Optional.ofNullable(completedAt);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}

package jp.mypage.domain.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One lesson of a 動画配信 course: a video or a PDF an operator uploaded, at a position in the
 * course. Its file lives in the content folder under {@link #getStorageKey()}. A removed lesson
 * keeps its row, so the progress recorded against it stays readable; it no longer counts.
 */
@Entity
@Table(name = "lesson")
public class Lesson {

    public static final int TITLE_MAX = 200;
    public static final int FILE_NAME_MAX = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lesson_seq")
    @SequenceGenerator(name = "lesson_seq", sequenceName = "lesson_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title", length = TITLE_MAX, nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 8, nullable = false, updatable = false)
    private LessonKind kind;

    @Column(name = "content_type", length = 100, nullable = false, updatable = false)
    private String contentType;

    @Column(name = "file_name", length = FILE_NAME_MAX, nullable = false, updatable = false)
    private String fileName;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "storage_key", length = 100, nullable = false, updatable = false)
    private String storageKey;

    @Column(name = "sha256", length = 64, nullable = false, updatable = false)
    private String sha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", length = 300, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected Lesson() {
        // for JPA
    }

    public Lesson(long courseId, int position, String title, LessonKind kind, String contentType, String fileName,
            long sizeBytes, String storageKey, String sha256, String createdBy, Instant createdAt) {
        this.courseId = courseId;
        this.position = position;
        rename(title);
        this.kind = Objects.requireNonNull(kind);
        this.contentType = Objects.requireNonNull(contentType);
        this.fileName = truncate(Objects.requireNonNull(fileName), FILE_NAME_MAX);
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("An empty file is no lesson");
        }
        this.sizeBytes = sizeBytes;
        this.storageKey = Objects.requireNonNull(storageKey);
        this.sha256 = Objects.requireNonNull(sha256);
        this.createdBy = truncate(Objects.requireNonNull(createdBy), 300);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void rename(String newTitle) {
        String trimmed = Objects.requireNonNull(newTitle, "title").strip();
        if (trimmed.isEmpty() || trimmed.length() > TITLE_MAX) {
            throw new IllegalArgumentException("A lesson title is 1.." + TITLE_MAX + " characters");
        }
        this.title = trimmed;
    }

    public void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public void remove(Instant at) {
        if (removedAt == null) {
            this.removedAt = at;
        }
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getCourseId() {
        return courseId;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public LessonKind getKind() {
        return kind;
    }

    public String getContentType() {
        return contentType;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> getRemovedAt() {
        return Optional.ofNullable(removedAt);
    }
}

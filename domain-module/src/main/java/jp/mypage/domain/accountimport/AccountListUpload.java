package jp.mypage.domain.accountimport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An account list an operator uploaded and has not committed yet: kept in the database between the
 * preview and the commit, so the operator's page holds only its id and any node of a cluster can
 * show the preview again or commit it. Removed when committed or replaced, or when left for a day.
 */
@Entity
@Table(name = "account_list_upload")
@NamedQuery(name = AccountListUpload.DELETE_LEFT,
        query = "delete from AccountListUpload u where u.uploadedAt < :before")
public class AccountListUpload {

    /** Deletes the uploads older than {@code before}. */
    public static final String DELETE_LEFT = "AccountListUpload.deleteLeft";

    /** The largest file the upload form takes. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int FILE_NAME_MAX = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_list_upload_seq")
    @SequenceGenerator(name = "account_list_upload_seq", sequenceName = "account_list_upload_seq", allocationSize = 50)
    private Long id;

    @Column(name = "operator", length = AccountImport.OPERATOR_MAX, nullable = false, updatable = false)
    private String operator;

    @Column(name = "file_name", length = FILE_NAME_MAX, nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected AccountListUpload() {
        // for JPA
    }

    public AccountListUpload(String operator, String fileName, byte[] content, Instant uploadedAt) {
        if (operator == null || operator.isBlank() || operator.length() > AccountImport.OPERATOR_MAX) {
            throw new IllegalArgumentException("An operator is required");
        }
        if (content == null || content.length > MAX_BYTES) {
            throw new IllegalArgumentException("An account list has at most " + MAX_BYTES + " bytes");
        }
        String name = fileName == null || fileName.isBlank() ? "accounts.csv" : fileName.strip();
        this.operator = operator;
        this.fileName = name.length() > FILE_NAME_MAX ? name.substring(name.length() - FILE_NAME_MAX) : name;
        this.content = content.clone();
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    /** Whether {@code caller} uploaded it: an operator previews and commits only their own uploads. */
    public boolean belongsTo(String caller) {
        return operator.equals(caller);
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}

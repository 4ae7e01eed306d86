package jp.mypage.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The lesson files, in the content folder: {@code CONTENT_DIR}, or {@value #DEFAULT_FOLDER} under
 * the user's home folder (beside the embedded database). Each file is stored under a random key,
 * never under a name from the upload, so a name can't reach outside the folder. Servers of one
 * cluster share the folder (a network file system). Files larger than {@code CONTENT_MAX_MB}
 * (default 2048) are refused while they arrive.
 */
@ApplicationScoped
public class ContentStore {

    static final String DEFAULT_FOLDER = ".mypage-portal/content";
    private static final Logger LOG = Logger.getLogger(ContentStore.class.getName());

    @Inject
    @ConfigProperty(name = "CONTENT_DIR")
    Optional<String> folder;

    @Inject
    @ConfigProperty(name = "CONTENT_MAX_MB", defaultValue = "2048")
    long maxMegabytes;

    /** A file now in the store. */
    public record Stored(String key, long size, String sha256, byte[] head) {
    }

    public long maxBytes() {
        return maxMegabytes * 1024 * 1024;
    }

    Path root() {
        Path root = folder.filter(f -> !f.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), DEFAULT_FOLDER));
        try {
            return Files.createDirectories(root.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException("The content folder can't be created: " + root, e);
        }
    }

    /**
     * Copies the upload into the store.
     *
     * @throws ContentTooLargeException beyond {@link #maxBytes()} (nothing is kept)
     */
    public Stored store(InputStream upload) {
        Path root = root();
        String key = UUID.randomUUID().toString();
        Path incoming = root.resolve(key + ".part");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = 0;
            byte[] head = new byte[16];
            int headLength = 0;
            try (InputStream in = new DigestInputStream(upload, sha); OutputStream out = Files.newOutputStream(incoming)) {
                byte[] buffer = new byte[64 * 1024];
                int read;
                while ((read = in.read(buffer)) > 0) {
                    if (headLength < head.length) {
                        int take = Math.min(read, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }
                    size += read;
                    if (size > maxBytes()) {
                        throw new ContentTooLargeException(maxMegabytes);
                    }
                    out.write(buffer, 0, read);
                }
            }
            Files.move(incoming, root.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            byte[] exactHead = new byte[headLength];
            System.arraycopy(head, 0, exactHead, 0, headLength);
            return new Stored(key, size, HexFormat.of().formatHex(sha.digest()), exactHead);
        } catch (IOException e) {
            throw new UncheckedIOException("The lesson file could not be stored", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            try {
                Files.deleteIfExists(incoming);
            } catch (IOException e) {
                LOG.warning(() -> "Could not delete " + incoming + ": " + e);
            }
        }
    }

    /** The stored file of a key; the key is the store's own, never a path from outside. */
    public Path file(String key) {
        Path root = root();
        Path file = root.resolve(key).normalize();
        if (!file.getParent().equals(root) || key.contains("/") || key.contains("\\")) {
            throw new IllegalArgumentException("Not a content key: " + key);
        }
        return file;
    }

    public void delete(String key) {
        try {
            Files.deleteIfExists(file(key));
        } catch (IOException e) {
            LOG.warning(() -> "Could not delete lesson file " + key + ": " + e);
        }
    }
}

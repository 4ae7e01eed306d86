package jp.mypage.throttle;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;

/**
 * Bucket4j's buckets in the table {@code throttle_bucket}, by compare and swap: a bucket is read,
 * changed in memory by Bucket4j, and written back only if its row still holds the state that was
 * read ({@code UPDATE … WHERE state = ?}); a new bucket is an {@code INSERT} that fails if another
 * node inserted it first. Bucket4j retries a lost race. Each statement commits on its own, so no
 * lock is held between the read and the write, and the same SQL runs on H2 and PostgreSQL (Bucket4j's
 * own PostgreSQL manager uses {@code ON CONFLICT}, which H2 does not know).
 */
final class DatabaseBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {

    private final DataSource dataSource;
    private final ExpirationAfterWriteStrategy expiration;

    DatabaseBuckets(DataSource dataSource, ClientSideConfig config) {
        super(config);
        this.dataSource = dataSource;
        this.expiration = config.getExpirationAfterWriteStrategy().orElseThrow();
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                try (Connection connection = dataSource.getConnection();
                        PreparedStatement select = connection.prepareStatement(
                                "SELECT state FROM throttle_bucket WHERE id = ?")) {
                    select.setString(1, key);
                    try (ResultSet row = select.executeQuery()) {
                        return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
                    }
                } catch (SQLException e) {
                    throw new BucketExceptions.BucketExecutionException(e);
                }
            }

            @Override
            public boolean compareAndSwap(byte[] originalData, byte[] newData, RemoteBucketState newState,
                    Optional<Long> timeoutNanos) {
                long expiresAt = currentTimeMillis() + expiration.calculateTimeToLiveMillis(newState, currentTimeNanos());
                try (Connection connection = dataSource.getConnection()) {
                    if (originalData == null) {
                        return insert(connection, key, newData, expiresAt);
                    }
                    try (PreparedStatement update = connection.prepareStatement(
                            "UPDATE throttle_bucket SET state = ?, expires_at = ? WHERE id = ? AND state = ?")) {
                        update.setBytes(1, newData);
                        update.setLong(2, expiresAt);
                        update.setString(3, key);
                        update.setBytes(4, originalData);
                        return update.executeUpdate() == 1;
                    }
                } catch (SQLException e) {
                    throw new BucketExceptions.BucketExecutionException(e);
                }
            }
        };
    }

    private static boolean insert(Connection connection, String key, byte[] state, long expiresAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO throttle_bucket (id, state, expires_at) VALUES (?, ?, ?)")) {
            insert.setString(1, key);
            insert.setBytes(2, state);
            insert.setLong(3, expiresAt);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false; // another request created the bucket first: Bucket4j reads it and tries again
            }
            throw e;
        }
    }

    /** Deletes the buckets that are full again (they would answer as a new one does). */
    int removeExpired() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM throttle_bucket WHERE expires_at < ?")) {
            delete.setLong(1, currentTimeMillis());
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
    }

    private long currentTimeMillis() {
        return currentTimeNanos() / 1_000_000;
    }

    @Override
    public void removeProxy(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM throttle_bucket WHERE id = ?")) {
            delete.setString(1, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("The portal asks its buckets synchronously");
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        throw new UnsupportedOperationException("The portal asks its buckets synchronously");
    }
}

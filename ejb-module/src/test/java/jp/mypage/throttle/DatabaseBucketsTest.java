package jp.mypage.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The buckets in {@code throttle_bucket} on H2 migrated by the real migrations, with two managers
 * over one database standing for two nodes of a cluster.
 */
class DatabaseBucketsTest {

    private static final BucketConfiguration FIVE_PER_MINUTE = BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(5).refillGreedy(5, Duration.ofMinutes(1))).build();

    private final AtomicLong nowMillis = new AtomicLong(1_800_000_000_000L);
    private DatabaseBuckets nodeA;
    private DatabaseBuckets nodeB;

    @BeforeEach
    void arrange() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:jp/mypage/migration").load().migrate();
        TimeMeter clock = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nowMillis.get() * 1_000_000;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        ClientSideConfig config = ClientSideConfig.getDefault().withClientClock(clock)
                .withExpirationAfterWriteStrategy(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO));
        nodeA = new DatabaseBuckets(dataSource, config);
        nodeB = new DatabaseBuckets(dataSource, config);
    }

    private boolean attempt(DatabaseBuckets node, String key) {
        return node.builder().build(key, () -> FIVE_PER_MINUTE).tryConsume(1);
    }

    @Test
    void twoNodesCountTheSameAttempts() {
        for (int i = 0; i < 3; i++) {
            assertTrue(attempt(nodeA, "LOGIN 192.0.2.1"), "attempt " + (i + 1) + " on node A is allowed");
        }
        assertTrue(attempt(nodeB, "LOGIN 192.0.2.1"), "attempt 4 on node B is allowed");
        assertTrue(attempt(nodeB, "LOGIN 192.0.2.1"), "attempt 5 on node B is allowed");
        assertFalse(attempt(nodeA, "LOGIN 192.0.2.1"), "attempt 6 is refused on node A, which counted only 3 itself");
        assertFalse(attempt(nodeB, "LOGIN 192.0.2.1"), "and on node B");
        assertTrue(attempt(nodeA, "LOGIN 192.0.2.2"), "another source has its own allowance");
    }

    @Test
    void aRefusedSourceGetsOneAttemptBackEveryTwelveSeconds() {
        for (int i = 0; i < 5; i++) {
            attempt(nodeA, "SIGN_UP 192.0.2.1");
        }
        assertFalse(attempt(nodeA, "SIGN_UP 192.0.2.1"), "the allowance is used up");
        nowMillis.addAndGet(12_000);
        assertTrue(attempt(nodeB, "SIGN_UP 192.0.2.1"), "12 s later one attempt came back");
        assertFalse(attempt(nodeA, "SIGN_UP 192.0.2.1"), "only one");
    }

    @Test
    void simultaneousAttemptsOnTwoNodesAreAllowedFiveTimesInAll() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                DatabaseBuckets node = i % 2 == 0 ? nodeA : nodeB;
                attempts.add(() -> attempt(node, "LOGIN 198.51.100.1"));
            }
            int allowed = 0;
            for (Future<Boolean> result : threads.invokeAll(attempts)) {
                allowed += result.get() ? 1 : 0;
            }
            assertEquals(5, allowed, "24 attempts at once from one source: exactly the allowance goes through");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void bucketsThatAreFullAgainAreDeleted() {
        attempt(nodeA, "LOGIN 192.0.2.1");
        for (int i = 0; i < 5; i++) {
            attempt(nodeA, "LOGIN 192.0.2.2");
        }
        nowMillis.addAndGet(13_000);
        assertEquals(1, nodeA.removeExpired(), "the source that spent one attempt 13 s ago is full again; the other is not");
        nowMillis.addAndGet(60_000);
        assertEquals(1, nodeB.removeExpired(), "a minute later the other is full again too");
    }
}

package jp.mypage.throttle;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.sql.DataSource;

/**
 * Counts the attempts of each source address per action and refuses those beyond
 * {@link ThrottleSettings#perMinute}: one token bucket per action and address, in the database
 * ({@link DatabaseBuckets}), so the nodes of a cluster share the count. Time is the portal's clock.
 */
@ApplicationScoped
public class SourceThrottle {

    /** Longest key kept as it is; longer sources (a forged header) are stored as their SHA-256. */
    private static final int MAX_SOURCE_LENGTH = 64;

    @Resource(lookup = "java:app/jdbc/mypage")
    private DataSource dataSource;

    @Inject
    private Clock clock;

    @Inject
    private ThrottleSettings settings;

    private DatabaseBuckets buckets;

    @PostConstruct
    void start() {
        TimeMeter portalTime = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        buckets = new DatabaseBuckets(dataSource, ClientSideConfig.getDefault()
                .withClientClock(portalTime)
                .withExpirationAfterWriteStrategy(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO)));
    }

    /**
     * Counts one attempt of {@code source} at {@code action}.
     *
     * @return whether the attempt may go on; {@code false} once the source used up its allowance
     */
    public boolean tryAttempt(ThrottledAction action, String source) {
        int perMinute = settings.perMinute(action);
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)))
                .build();
        return buckets.builder().build(action.name() + " " + key(source), () -> configuration).tryConsume(1);
    }

    /** Forgets the buckets that are full again. */
    int removeExpired() {
        return buckets.removeExpired();
    }

    private static String key(String source) {
        if (source.length() <= MAX_SOURCE_LENGTH) {
            return source;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package jp.mypage.it.support.clock;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Test-only: the portal's clock, moved forward by the system tests (so an expired link or a lock
 * that ends needs no sleeping). Packaged into the tested EAR's lib folder by PortalDeployment,
 * never into the product.
 */
@ApplicationScoped
public class MovableClock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public void moveBy(Duration duration) {
        offset.accumulateAndGet(duration, Duration::plus);
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    /** The portal's time now. */
    public Instant now() {
        return clock().instant();
    }

    /** The clock that is {@code offset} ahead of the system clock. */
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.now().plus(offset.get());
            }
        };
    }
}

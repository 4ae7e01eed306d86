package jp.mypage.throttle;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Every ten minutes, deletes the buckets of sources that have been quiet long enough to be full again. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ThrottleCleanup {

    @Inject
    private SourceThrottle throttle;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void removeExpired() {
        throttle.removeExpired();
    }
}

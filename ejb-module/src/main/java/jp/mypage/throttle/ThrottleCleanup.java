package jp.mypage.throttle;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Every ten minutes, deletes the buckets of sources that have been quiet long enough to be full again. */
// Created at deployment, not by its first timer: Payara 6.2025.9 stops an EJB module by iterating its
// singletons, and one created lazily meanwhile (a timer firing during undeploy) broke that iteration
// (ConcurrentModificationException), leaving the module half-stopped for the next deployment.
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ThrottleCleanup {

    @Inject
    private SourceThrottle throttle;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void removeExpired() {
        throttle.removeExpired();
    }
}

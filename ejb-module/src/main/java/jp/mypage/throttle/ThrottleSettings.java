package jp.mypage.throttle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many attempts one source address may make per minute, through MicroProfile Config. A source
 * may use its whole allowance at once; it comes back whole once a minute (counted from the source's
 * first attempt), not bit by bit, so a refused source waits at most a minute.
 */
@ApplicationScoped
public class ThrottleSettings {

    @Inject
    @ConfigProperty(name = "THROTTLE_LOGINS_PER_MINUTE", defaultValue = "20")
    int loginsPerMinute;

    @Inject
    @ConfigProperty(name = "THROTTLE_FORMS_PER_MINUTE", defaultValue = "10")
    int formsPerMinute;

    /** Attempts per minute of one source for this action, at least 1. */
    public int perMinute(ThrottledAction action) {
        return Math.max(1, action.isLogin() ? loginsPerMinute : formsPerMinute);
    }
}

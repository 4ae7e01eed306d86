package jp.mypage.domain.account;

import java.time.Duration;

/**
 * How repeated wrong passwords slow down and then lock an account. Counted per account, reset by a
 * successful login: the first two failures cost nothing; the third locks the account for 30
 * seconds and the fourth for one minute (a person who mistyped waits a little); the fifth and every
 * later one lock it for 15 minutes. While locked, every attempt fails, even with the right password.
 */
public final class LoginLockPolicy {

    public static final int FREE_FAILURES = 2;
    public static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    public static final int LOCKOUT_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    private LoginLockPolicy() {
    }

    /** How long the account stays locked after this many consecutive failures. */
    public static Duration lockAfter(int consecutiveFailures) {
        if (consecutiveFailures <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        if (consecutiveFailures >= LOCKOUT_FAILURES) {
            return LOCKOUT;
        }
        return FIRST_DELAY.multipliedBy(1L << (consecutiveFailures - FREE_FAILURES - 1));
    }
}

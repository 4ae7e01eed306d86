package jp.mypage.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The wrong-password count of whoever logs in with a password (an account holder, an operator) and
 * the lock it leads to, as {@link LoginLockPolicy} says. Kept in the owner's row
 * ({@code failed_logins}, {@code locked_until}).
 */
@Embeddable
public class LoginLock {

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** Whether a login attempt at this instant is refused because of earlier failures. */
    public boolean isLockedAt(Instant at) {
        return lockedUntil != null && at.isBefore(lockedUntil);
    }

    /**
     * Counts a wrong password and locks as the policy says.
     *
     * @return whether this failure began a lock
     */
    public boolean fail(Instant at) {
        failedLogins++;
        Duration lock = LoginLockPolicy.lockAfter(failedLogins);
        if (lock.isZero()) {
            return false;
        }
        lockedUntil = at.plus(lock);
        return true;
    }

    /** A successful login or a password reset: no failures, no lock. */
    public void clear() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public int failedLogins() {
        return failedLogins;
    }

    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }
}

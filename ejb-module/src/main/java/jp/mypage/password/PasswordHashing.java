package jp.mypage.password;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes and verifies passwords with PBKDF2-HMAC-SHA256, 600,000 iterations (OWASP's 2023 figure;
 * Jakarta Security's default of 2,048 is far too low), a 32-byte salt and a 32-byte key. A stored
 * hash names its own algorithm and iterations, so raising the figure later keeps old hashes valid.
 *
 * <p>Verifications (logins, the current password in 登録情報設定) take turns: at most
 * {@code PASSWORD_CHECKS_AT_ONCE} run at the same moment (default: one per processor, which keeps
 * every processor busy and no more); at most {@code PASSWORD_CHECKS_WAITING} more wait for a turn
 * (default: as many), each up to {@code PASSWORD_CHECK_WAIT_MS}; any other is refused at once with
 * {@link PasswordChecksBusyException}, so a flood of logins cannot take every processor from the
 * rest of the portal. Each verification is one PBKDF2 run, never two: an unknown account runs it
 * once against the decoy.
 *
 * <p>What bounds the request threads a flood holds is the number of waiting places, not the
 * wait: a waiting check gets its turn as soon as one ahead finishes, so it waits as long as the
 * checks ahead take, and the wait is only the limit for a check that stalled. A shorter wait
 * refused correct logins whose turn was coming: 500 ms where one check took about 600 ms (CI), then
 * twice the checks' moving average when another process took half the processors (a local CI run
 * next to a build): the third of three simultaneous correct operator logins got 429
 * ({@code ConcurrencyIT}).
 */
@ApplicationScoped
public class PasswordHashing {

    public static final int ITERATIONS = 600_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "PASSWORD_CHECKS_AT_ONCE", defaultValue = "0")
    int checksAtOnce;

    @Inject
    @ConfigProperty(name = "PASSWORD_CHECKS_WAITING", defaultValue = "0")
    int checksWaiting;

    /** The most a check waits for its turn (the checks ahead of it have stalled if it passes). */
    @Inject
    @ConfigProperty(name = "PASSWORD_CHECK_WAIT_MS", defaultValue = "5000")
    long checkWaitMillis;

    private Semaphore turns;
    private int atOnce;
    private int maxWaiting;
    private final AtomicInteger waiting = new AtomicInteger();

    /** A hash of a random password, verified against when an account does not exist (equal timing). */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate(java.util.UUID.randomUUID().toString().toCharArray());
        atOnce = checksAtOnce > 0 ? checksAtOnce : Runtime.getRuntime().availableProcessors();
        turns = new Semaphore(atOnce, true);
        maxWaiting = checksWaiting > 0 ? checksWaiting : atOnce;
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    /** @throws PasswordChecksBusyException if no turn came within the wait */
    public boolean verify(String password, String storedHash) {
        takeTurn();
        try {
            return pbkdf2.verify(password.toCharArray(), storedHash);
        } finally {
            turns.release();
        }
    }

    /**
     * Spends the time of one verification, for callers that have no account to verify against.
     *
     * @throws PasswordChecksBusyException if no turn came within the wait
     */
    public void verifyAgainstDecoy(String password) {
        verify(password, decoy);
    }

    /**
     * Takes a turn at once if one is free; otherwise waits, unless as many checks as allowed wait
     * already: a waiting check holds a request thread, and the server has few (Payara: 5).
     */
    private void takeTurn() {
        try {
            // with a timeout, even of zero, the fair semaphore serves the checks already waiting first
            if (turns.tryAcquire(0, TimeUnit.NANOSECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PasswordChecksBusyException();
        }
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            throw new PasswordChecksBusyException();
        }
        try {
            if (!turns.tryAcquire(waitNanos(), TimeUnit.NANOSECONDS)) {
                throw new PasswordChecksBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PasswordChecksBusyException();
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** How long a check waits for its turn: {@code PASSWORD_CHECK_WAIT_MS}, at least 1 ms. */
    long waitNanos() {
        return TimeUnit.MILLISECONDS.toNanos(Math.max(1, checkWaitMillis));
    }
}

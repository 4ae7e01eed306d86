package jp.mypage.password;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes and verifies passwords with PBKDF2-HMAC-SHA256, 600,000 iterations (OWASP's 2023 figure;
 * Jakarta Security's default of 2,048 is far too low), a 32-byte salt and a 32-byte key. A stored
 * hash names its own algorithm and iterations, so raising the figure later keeps old hashes valid.
 *
 * <p>Verifications (logins, the current password in 登録情報設定) take turns: at most
 * {@code PASSWORD_CHECKS_AT_ONCE} run at the same moment (default: one per processor, which keeps
 * every processor busy and no more); at most {@code PASSWORD_CHECKS_WAITING} more wait for a turn
 * (default: as many), each as long as the checks ahead of it take: twice the time a check has taken
 * lately (a moving average, first measured on the decoy at start) per round of turns ahead, never
 * less than {@code PASSWORD_CHECK_WAIT_MS} nor more than {@code PASSWORD_CHECK_WAIT_MAX_MS}; any other is refused at once with
 * {@link PasswordChecksBusyException}, so a flood of logins cannot take every
 * processor from the rest of the portal. Each verification is one PBKDF2 run, never two: an unknown
 * account runs it once against the decoy.
 *
 * <p>The wait follows the machine's speed because a fixed one did not: with 500 ms on a machine
 * where one check took about 600 ms, three simultaneous correct logins on two processors saw the
 * third refused (CI, {@code ConcurrencyIT}), though its turn would have come in one check's time.
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

    @Inject
    @ConfigProperty(name = "PASSWORD_CHECK_WAIT_MS", defaultValue = "500")
    long checkWaitMillis;

    /** The most a check waits for its turn, however slow checks have been (each waiting one holds a request thread). */
    @Inject
    @ConfigProperty(name = "PASSWORD_CHECK_WAIT_MAX_MS", defaultValue = "5000")
    long checkWaitMaxMillis;

    private Semaphore turns;
    private int atOnce;
    private int maxWaiting;
    private final AtomicInteger waiting = new AtomicInteger();

    /** The moving average of a check's duration, in nanoseconds (each new one weighs 1/8). */
    private final AtomicLong averageCheckNanos = new AtomicLong();

    /** A hash of a random password, verified against when an account does not exist (equal timing). */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        long started = System.nanoTime();
        decoy = pbkdf2.generate(java.util.UUID.randomUUID().toString().toCharArray());
        averageCheckNanos.set(System.nanoTime() - started);
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
        long started = System.nanoTime();
        try {
            return pbkdf2.verify(password.toCharArray(), storedHash);
        } finally {
            turns.release();
            long took = System.nanoTime() - started;
            // one stalled check (a pause of the whole JVM) moves the average by at most 3/8
            averageCheckNanos.getAndUpdate(average -> average + (Math.min(took, 4 * average) - average) / 8);
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

    /**
     * How long a check waits for its turn: the checks that may be ahead of it (all that wait, all
     * that run) finish in {@code ceil(maxWaiting / atOnce)} rounds of one check each; twice that
     * time, for the load that slows them, never less than {@code PASSWORD_CHECK_WAIT_MS} and never
     * more than {@code PASSWORD_CHECK_WAIT_MAX_MS}.
     */
    long waitNanos() {
        long rounds = (maxWaiting + atOnce - 1) / atOnce;
        long adaptive = Math.max(TimeUnit.MILLISECONDS.toNanos(checkWaitMillis), 2 * rounds * averageCheckNanos.get());
        return Math.min(adaptive, TimeUnit.MILLISECONDS.toNanos(Math.max(checkWaitMillis, checkWaitMaxMillis)));
    }
}

package jp.mypage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

/**
 * How much slower than the reference machine the server runs, from its own PBKDF2 rate (the test-only
 * {@code hash-rate} endpoint, one thread per processor, 3 s), measured once per test run. The time
 * limits of the scale tests were set on a machine that hashed {@link #REFERENCE_HASHES_PER_SECOND};
 * on a slower one they grow in proportion, never shrink.
 */
final class MachineSpeed {

    static final double REFERENCE_HASHES_PER_SECOND = 13.6;

    private static Double slowness;

    private MachineSpeed() {
    }

    /** The reference rate divided by the server's, at least 1. */
    static synchronized double slowness() {
        if (slowness == null) {
            double hashesPerSecond = hashesPerSecond(Runtime.getRuntime().availableProcessors(), 3);
            slowness = Math.max(1, REFERENCE_HASHES_PER_SECOND / hashesPerSecond);
            System.out.printf("MachineSpeed: the server hashes %.1f PBKDF2/s, the reference %.1f: limits × %.2f%n",
                    hashesPerSecond, REFERENCE_HASHES_PER_SECOND, slowness);
        }
        return slowness;
    }

    /** Raw PBKDF2 verifications per second in the server's JVM, on this many threads for this many seconds. */
    static double hashesPerSecond(int threads, int seconds) {
        String[] answer = Browser.supportPost("hash-rate?threads=" + threads + "&seconds=" + seconds).split(" ");
        assertEquals("200", answer[0], "the hash measurement ran");
        return Integer.parseInt(answer[1]) * 1000.0 / Long.parseLong(answer[2]);
    }

    static Duration scaled(Duration limit) {
        return Duration.ofMillis(Math.round(limit.toMillis() * slowness()));
    }

    static double scaledMillis(double limitMillis) {
        return limitMillis * slowness();
    }
}

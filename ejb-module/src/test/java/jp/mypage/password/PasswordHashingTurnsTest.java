package jp.mypage.password;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The turns of password checks, with checks that take longer than usual: a check that waits gets
 * its turn when the ones ahead finish, and only checks beyond the waiting places are refused. The PBKDF2 runs are stood in for by a hash that takes a set time
 * (the turns, not PBKDF2, are under test; the real hash runs in every system test).
 */
class PasswordHashingTurnsTest {

    private static final long CHECK_MILLIS = 300;

    @Test
    void threeSimultaneousChecksOnTwoTurnsAllRunThoughEachTakesLongerThanUsual() throws Exception {
        PasswordHashing hashing = hashing(2, 2, 5000);

        List<String> outcomes = together(hashing, 3);

        assertEquals(List.of("verified", "verified", "verified"), outcomes);
    }

    @Test
    void aWaitingCheckIsRefusedWhenTheChecksAheadOutlastTheWait() throws Exception {
        PasswordHashing hashing = hashing(1, 1, CHECK_MILLIS / 3);

        List<String> outcomes = together(hashing, 2);

        assertEquals(1, outcomes.stream().filter("verified"::equals).count(), "the first runs: " + outcomes);
        assertEquals(1, outcomes.stream().filter("busy"::equals).count(),
                "the second waits 100 ms of the first's 300 and is refused: " + outcomes);
    }

    @Test
    void checksBeyondTheWaitingPlacesAreRefusedAtOnce() throws Exception {
        PasswordHashing hashing = hashing(1, 1, 5000);

        List<String> outcomes = together(hashing, 4);

        assertEquals(2, outcomes.stream().filter("verified"::equals).count(), "one running, one waiting: " + outcomes);
        assertEquals(2, outcomes.stream().filter("busy"::equals).count(), "the others refused: " + outcomes);
    }

    private static List<String> together(PasswordHashing hashing, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    try {
                        return hashing.verify("password", "stored") ? "verified" : "wrong";
                    } catch (PasswordChecksBusyException busy) {
                        return "busy";
                    }
                }));
            }
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> future : futures) {
                outcomes.add(future.get(10, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static PasswordHashing hashing(int atOnce, int waiting, long waitMillis) {
        PasswordHashing hashing = new PasswordHashing();
        hashing.pbkdf2 = new SlowHash();
        hashing.checksAtOnce = atOnce;
        hashing.checksWaiting = waiting;
        hashing.checkWaitMillis = waitMillis;
        hashing.configure();
        return hashing;
    }

    /** A hash that takes {@link #CHECK_MILLIS} to generate or verify, as a slow machine's PBKDF2. */
    private static final class SlowHash implements Pbkdf2PasswordHash {

        @Override
        public void initialize(Map<String, String> parameters) {
        }

        @Override
        public String generate(char[] password) {
            pause();
            return "stored";
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            pause();
            return hashedPassword.equals("stored");
        }

        private static void pause() {
            try {
                Thread.sleep(CHECK_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

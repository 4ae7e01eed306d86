package jp.mypage.it.support.web;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.mypage.password.PasswordHashing;

/**
 * Test-only: {@code POST /test-support/api/hash-rate?threads=N&seconds=S} runs PBKDF2 verifications
 * with the portal's parameters on N threads for S seconds in the server's own JVM, with nothing
 * else of the portal around them (no turns, no request), and answers how many ran and in how many
 * milliseconds: the bound a login rate is compared with.
 */
@Path("hash-rate")
public class HashRateResource {

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    @POST
    public String measure(@QueryParam("threads") int threads, @QueryParam("seconds") int seconds) throws Exception {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(PasswordHashing.ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        String stored = pbkdf2.generate("measure me please".toCharArray());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long started = System.nanoTime();
            long end = started + seconds * 1_000_000_000L;
            List<Future<Integer>> counts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                counts.add(pool.submit(() -> {
                    int n = 0;
                    while (System.nanoTime() < end) {
                        pbkdf2.verify("not the password".toCharArray(), stored);
                        n++;
                    }
                    return n;
                }));
            }
            int total = 0;
            for (Future<Integer> count : counts) {
                total += count.get();
            }
            return total + " " + (System.nanoTime() - started) / 1_000_000;
        } finally {
            pool.shutdownNow();
        }
    }
}

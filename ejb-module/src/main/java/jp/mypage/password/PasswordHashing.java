package jp.mypage.password;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and verifies passwords with PBKDF2-HMAC-SHA256, 600,000 iterations (OWASP's 2023 figure;
 * Jakarta Security's default of 2,048 is far too low), a 32-byte salt and a 32-byte key. A stored
 * hash names its own algorithm and iterations, so raising the figure later keeps old hashes valid.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final int ITERATIONS = 600_000;

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

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
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of one verification, for callers that have no account to verify against. */
    public void verifyAgainstDecoy(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
    }
}

package jp.mypage.token;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.token.OneTimeToken;
import jp.mypage.domain.token.TokenPurpose;
import jp.mypage.domain.token.TokenState;

/**
 * Issues one-time links for an account and redeems them. The secret (43 URL-safe characters, 256
 * bits from {@link SecureRandom}) exists only in the mail; the database keeps its SHA-256 digest.
 * A new link for the same purpose replaces the account's older ones.
 */
@Stateless
public class OneTimeLinkService {

    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** A new link secret for the account; older unused ones of the same purpose stop working. */
    public String issue(Account account, TokenPurpose purpose) {
        em.createNamedQuery(OneTimeToken.REVOKE_OTHERS)
                .setParameter("now", clock.instant())
                .setParameter("account", account)
                .setParameter("purpose", purpose)
                .executeUpdate();
        return issueFirst(account, purpose);
    }

    /**
     * A link secret for an account created in the caller's transaction, which has no older links to
     * revoke. It saves {@link #issue}'s update, which would also flush every pending insert: a bulk
     * import creates thousands of accounts in batched inserts.
     */
    public String issueFirst(Account account, TokenPurpose purpose) {
        Instant now = clock.instant();
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.persist(new OneTimeToken(account, purpose, digest(encoded), now));
        return encoded;
    }

    /**
     * The account a usable link of this purpose belongs to, without using the link (what a GET
     * of the link, or a mail scanner, may learn).
     *
     * @throws InvalidTokenException if the link cannot be used
     */
    public Account inspect(String secret, TokenPurpose purpose) {
        OneTimeToken token = find(secret, purpose).orElseThrow(() -> new InvalidTokenException(TokenState.UNKNOWN));
        token.unusableReason(clock.instant()).ifPresent(state -> {
            throw new InvalidTokenException(state);
        });
        return token.getAccount();
    }

    /**
     * Uses the link: one conditional update, so of two concurrent requests exactly one succeeds.
     *
     * @return the account the link belongs to
     * @throws InvalidTokenException if the link cannot be used (or was just used by another request)
     */
    public Account redeem(String secret, TokenPurpose purpose) {
        Instant now = clock.instant();
        OneTimeToken token = find(secret, purpose).orElseThrow(() -> new InvalidTokenException(TokenState.UNKNOWN));
        token.unusableReason(now).ifPresent(state -> {
            throw new InvalidTokenException(state);
        });
        int updated = em.createNamedQuery(OneTimeToken.CONSUME)
                .setParameter("now", now)
                .setParameter("id", token.getId())
                .executeUpdate();
        if (updated != 1) {
            throw new InvalidTokenException(TokenState.USED);
        }
        return token.getAccount();
    }

    private Optional<OneTimeToken> find(String secret, TokenPurpose purpose) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(OneTimeToken.FIND_BY_DIGEST, OneTimeToken.class)
                .setParameter("digest", digest(secret.strip()))
                .getResultStream()
                .filter(token -> token.getPurpose() == purpose)
                .findFirst();
    }

    static String digest(String secret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

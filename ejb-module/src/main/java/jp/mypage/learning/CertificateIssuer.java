package jp.mypage.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import jp.mypage.domain.learning.Certificate;
import jp.mypage.domain.order.Seat;
import jp.mypage.training.Catalogue;

/**
 * Issues the 修了証 of a seat that completed, in the caller's transaction, and revokes it when an
 * operator corrects 出席 to 欠席. The verification code is 16 characters of Crockford's base 32 (80
 * random bits): it can't be guessed, so the verification page needs no account.
 */
@ApplicationScoped
public class CertificateIssuer {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public Certificate issue(Seat seat) {
        LocalDate on = LocalDate.ofInstant(seat.getCompletedAt().orElse(clock.instant()), Catalogue.JAPAN);
        Optional<Certificate> existing = of(seat.getId());
        if (existing.isPresent()) {
            existing.get().reinstate(on);
            return existing.get();
        }
        String name = seat.getLearner().orElseThrow(() -> new IllegalStateException("Nobody completed seat " + seat.getId()))
                .getProfile().getPersonName();
        Certificate certificate = new Certificate(seat.getId(), newCode(), name, seat.getOrder().getCourseTitle(), on,
                clock.instant());
        em.persist(certificate);
        certificate.assignNumber();
        return certificate;
    }

    public void revoke(Seat seat) {
        of(seat.getId()).ifPresent(certificate -> certificate.revoke(clock.instant()));
    }

    public Optional<Certificate> of(long seatId) {
        return em.createNamedQuery(Certificate.BY_SEAT, Certificate.class).setParameter("seat", seatId)
                .getResultStream().findFirst();
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(Certificate.CODE_LENGTH);
        for (int i = 0; i < Certificate.CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as a person typed it: any case, spaces or hyphens, O for 0 and I or L for 1. */
    static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-\u30FC\u2010-\u2015]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (code.length() != Certificate.CODE_LENGTH || code.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    /** The code as printed: four groups of four. */
    static String grouped(String code) {
        return code.replaceAll("(.{4})(?!$)", "$1-");
    }
}

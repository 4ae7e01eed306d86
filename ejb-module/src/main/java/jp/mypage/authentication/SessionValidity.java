package jp.mypage.authentication;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.operator.Operator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether a session still counts, asked on every request. A session ends {@code SESSION_MAX_HOURS}
 * (12 by default) after its login however busy it is, and an account holder's session ends when
 * the account's {@code sessions_valid_after} moved past it (a password change or reset, or
 * 他の端末からログアウト). That moment is read from the account's row, not from a list of sessions in
 * memory, so a session ends on every node of a cluster. Operators have no password change yet:
 * an operator's session ends with the lifetime, or when another operator stops them (停止), read
 * from the operator's row the same way.
 */
@Stateless
public class SessionValidity {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "SESSION_MAX_HOURS", defaultValue = "12")
    int maxHours;

    /** The stamp of a login that happens now. */
    public SessionStamp start(String principalName) {
        Instant now = clock.instant();
        return new SessionStamp(principalName, now, now);
    }

    /** Whether the session of this stamp may serve a request now. */
    public boolean isCurrent(SessionStamp stamp) {
        if (!clock.instant().isBefore(stamp.loggedInAt().plus(lifetime()))) {
            return false;
        }
        return validAfter(stamp.principalName()).map(after -> !stamp.validFrom().isBefore(after)).orElse(true);
    }

    /** How long a session lasts after its login at most. */
    public Duration lifetime() {
        return Duration.ofHours(Math.max(1, maxHours));
    }

    private Optional<Instant> validAfter(String principalName) {
        if (principalName.startsWith(Operator.PRINCIPAL_PREFIX)) {
            return operatorValidAfter(principalName);
        }
        long id;
        try {
            id = Long.parseLong(principalName);
        } catch (NumberFormatException e) {
            return Optional.of(Instant.MAX); // not a principal this portal gives out
        }
        List<Instant> found = em.createNamedQuery(Account.SESSIONS_VALID_AFTER, Instant.class)
                .setParameter("id", id)
                .getResultList();
        // no such account any more: no session of it counts
        return found.isEmpty() ? Optional.of(Instant.MAX) : Optional.ofNullable(found.get(0));
    }

    /**
     * No session of a stopped (or unknown) operator counts; an active operator's count unless they
     * began before the operator's last stop.
     */
    private Optional<Instant> operatorValidAfter(String principalName) {
        Optional<Long> id = Operator.idOf(principalName);
        if (id.isEmpty()) {
            return Optional.of(Instant.MAX);
        }
        List<Object[]> found = em.createNamedQuery(Operator.SESSION_STATE, Object[].class)
                .setParameter("id", id.get())
                .getResultList();
        if (found.isEmpty() || found.get(0)[1] != null) {
            return Optional.of(Instant.MAX);
        }
        Object after = found.get(0)[2];
        if (after instanceof java.sql.Timestamp timestamp) {
            return Optional.of(timestamp.toInstant()); // a projection read without the attribute's converter
        }
        return Optional.ofNullable((Instant) after);
    }
}

package jp.mypage.operator;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An operator's login after its first step, the password, and before its second, the code of the
 * authenticator app: what the session keeps in between (it holds no password and no hash of one).
 *
 * @param operatorId whose password it was
 * @param passwordFingerprint the SHA-256 of the stored hash that the password matched: a password
 *     changed in between makes the step worthless
 * @param at when the password was checked: the second step comes within {@link #LIFETIME}
 * @param enrolmentSecret the new secret to enrol, for an operator without an authenticator app yet;
 *     null when they have one
 * @param attempt a random id of this login: its code, sent twice (a double click), signs in twice, in
 *     the one session; any other login's use of the code is refused
 */
public record PasswordStep(long operatorId, String passwordFingerprint, Instant at, String enrolmentSecret,
        String attempt) implements Serializable {

    /** How long the code may come after the password. */
    public static final Duration LIFETIME = Duration.ofMinutes(5);

    /** Whether the operator enrols an authenticator app in the second step (their first login with one). */
    public boolean enrols() {
        return enrolmentSecret != null;
    }

    public Optional<String> enrolment() {
        return Optional.ofNullable(enrolmentSecret);
    }

    @Override
    public String toString() {
        return "PasswordStep[operator " + operatorId + " at " + at + (enrols() ? ", enrols" : "") + "]";
    }
}

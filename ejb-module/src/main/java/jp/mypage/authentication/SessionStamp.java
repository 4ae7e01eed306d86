package jp.mypage.authentication;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * What a session keeps about its login, so that every request can tell whether the session still
 * counts: who signed in, when (the absolute lifetime runs from there), and since when the session
 * is vouched for (its login, or the password change or 他の端末からログアウト made in it).
 */
public record SessionStamp(String principalName, Instant loggedInAt, Instant validFrom) implements Serializable {

    /** The session attribute that holds the stamp. */
    public static final String ATTRIBUTE = "jp.mypage.sessionStamp";

    public SessionStamp {
        Objects.requireNonNull(principalName, "principalName");
        Objects.requireNonNull(loggedInAt, "loggedInAt");
        Objects.requireNonNull(validFrom, "validFrom");
    }

    /** The same login, vouched for from a later moment (this session made the change that ended the others). */
    public SessionStamp renewedAt(Instant at) {
        return new SessionStamp(principalName, loggedInAt, at.isAfter(validFrom) ? at : validFrom);
    }
}

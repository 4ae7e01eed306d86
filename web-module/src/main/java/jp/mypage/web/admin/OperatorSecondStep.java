package jp.mypage.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import jp.mypage.operator.PasswordStep;

/**
 * What an operator's session holds between the two steps of their login (the password passed, the
 * code to come), and the recovery codes to show once after enrolment. Plain session attributes, so
 * they travel with the session to another node of a cluster.
 */
final class OperatorSecondStep {

    private static final String PENDING = OperatorSecondStep.class.getName() + ".pending";
    private static final String RECOVERY_CODES = OperatorSecondStep.class.getName() + ".recoveryCodes";

    /** The password step, and the console page that sent the operator to the login ({@code ?continue=}). */
    record Pending(PasswordStep step, String continueTo) implements Serializable {
    }

    /** Recovery codes to show once, and where the operator continues after noting them. */
    record RecoveryCodes(List<String> codes, String continueTo) implements Serializable {

        RecoveryCodes {
            codes = List.copyOf(codes);
        }
    }

    private OperatorSecondStep() {
    }

    /**
     * Keeps the password step in a session with a new id (one planted before the password is worth
     * nothing), replacing any earlier one.
     */
    static void begin(HttpServletRequest request, PasswordStep step, String continueTo) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession().setAttribute(PENDING, new Pending(step, continueTo));
    }

    static Optional<Pending> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(PENDING) instanceof Pending pending
                ? Optional.of(pending) : Optional.empty();
    }

    static void end(HttpSession session) {
        session.removeAttribute(PENDING);
    }

    static void showOnce(HttpSession session, RecoveryCodes codes) {
        session.setAttribute(RECOVERY_CODES, codes);
    }

    /** The recovery codes to show, taken out of the session: a second look finds none. */
    static Optional<RecoveryCodes> takeRecoveryCodes(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(RECOVERY_CODES) instanceof RecoveryCodes codes)) {
            return Optional.empty();
        }
        session.removeAttribute(RECOVERY_CODES);
        return Optional.of(codes);
    }
}

package jp.mypage.operator;

import java.util.List;
import java.util.OptionalInt;

/**
 * An operator's login that passed both steps.
 *
 * @param recoveryCodes the recovery codes made at enrolment, to show once; empty otherwise
 * @param recoveryCodesLeft after a login with a recovery code, how many remain unused
 */
public record SignedIn(OperatorIdentity operator, List<String> recoveryCodes, OptionalInt recoveryCodesLeft) {

    public SignedIn {
        recoveryCodes = List.copyOf(recoveryCodes);
    }
}

package jp.mypage.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import jp.mypage.operator.OperatorService;
import jp.mypage.operator.SecondStepExpiredException;

/**
 * Validates {@link OperatorCodeCredential}s: the second step of an operator's login, after the
 * password ({@link jp.mypage.web.admin.AdminLoginBacking}). Only a login that passed both steps
 * is a caller: {@code operator:<id>}, which no account id can be, with the only group
 * {@link Roles#ADMIN}. Account credentials are left to {@link AccountIdentityStore}, so neither kind
 * of user can log in through the other's form.
 */
@ApplicationScoped
public class OperatorIdentityStore implements IdentityStore {

    @Inject
    private OperatorService operators;

    @Inject
    private LoginAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof OperatorCodeCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        try {
            return operators.completeLogin(login.step(), login.code(), login.source(), login.language())
                    .map(signedIn -> {
                        attempt.operatorSucceeded(signedIn);
                        return new CredentialValidationResult(signedIn.operator().principalName(), Set.of(Roles.ADMIN));
                    })
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        } catch (SecondStepExpiredException e) {
            attempt.secondStepExpired();
            return CredentialValidationResult.INVALID_RESULT;
        }
    }
}
